// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Where a process's CPU went, from the V8 profile that `node --cpu-prof` writes (`npm run bench --
// --profile DIR` starts the services that way): self time by package and by function, idle left out.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Milliseconds sampled, idle excluded. */
  busyMs: number;
  byPackage: [string, number][];
  byFunction: [string, number][];
}

/** "graphql", "@apollo/gateway", "project: gateway/server.js", "node: internal/…" or V8's own "(garbage collector)". */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node: ' + url.slice(5).split('/').slice(0, 2).join('/');
  const dist = /\/dist\/(.*)$/.exec(url);
  return dist ? `project: ${dist[1]}` : url;
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const us = profile.timeDeltas[i] ?? 0;
    busyUs += us;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const where = url ? `${pkg}:${lineNumber + 1}` : pkg;
    const name = `${functionName || '(anonymous)'} (${where})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => [key, us / 1000] as [string, number]);
  return { busyMs: busyUs / 1000, byPackage: ranked(byPackage), byFunction: ranked(byFunction) };
}

/** The summary as Markdown: shares of the busy time. */
export function profileMarkdown(title: string, summary: ProfileSummary): string {
  const share = (ms: number) => `${((100 * ms) / summary.busyMs).toFixed(1)} %`;
  return [
    `#### ${title} (${(summary.busyMs / 1000).toFixed(1)} s busy)`,
    '',
    '| Package | Self time |',
    '| --- | --: |',
    ...summary.byPackage.map(([name, ms]) => `| ${name} | ${share(ms)} |`),
    '',
    '| Function | Self time |',
    '| --- | --: |',
    ...summary.byFunction.map(([name, ms]) => `| \`${name}\` | ${share(ms)} |`),
  ].join('\n');
}
