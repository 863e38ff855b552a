// Monaco's JSON worker: validation and completion in GraphiQL's variables and headers editors.
import 'monaco-editor/esm/vs/language/json/json.worker.js';
