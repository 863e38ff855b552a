// Monaco's base editor worker (diffs, links, word completion), bundled as a worker script of its own.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
