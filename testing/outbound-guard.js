// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Preloaded into every Node.js process of a test (`node --require testing/outbound-guard.js`, or
// NODE_OPTIONS, which child processes inherit): any attempt to reach something outside the
// loopback range (TCP, TLS, UDP, DNS look-ups of other names) is refused before a packet leaves and
// written, one JSON line each, to the file in OUTBOUND_GUARD_LOG. Plain JavaScript so that it can be
// preloaded without compiling; it has no dependencies.
'use strict';
const dgram = require('node:dgram');
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const logFile = process.env.OUTBOUND_GUARD_LOG;

function record(entry) {
  if (!logFile) return;
  const line = { pid: process.pid, script: process.argv[1] ?? null, ...entry };
  fs.appendFileSync(logFile, JSON.stringify(line) + '\n');
}

/** Loopback addresses and names; undefined means Node's default, localhost. */
function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true;
  const name = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) return name === '::1' || name === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(name);
  return false;
}

function refused(target) {
  const error = new Error(`outbound connection to ${target} refused by testing/outbound-guard.js`);
  error.code = 'ECONNREFUSED';
  return error;
}

function caller() {
  return (new Error().stack ?? '').split('\n').slice(3, 9).join('\n');
}

// TCP and TLS: net.connect, tls.connect, http(s), undici (fetch) and pg all end in Socket#connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // net.connect passes its normalised arguments as an array; Socket#connect also takes
  // (options[, listener]), (path[, listener]) and (port[, host][, listener]).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  let port;
  if (first && typeof first === 'object') {
    // A truthy path is a Unix socket (local); https passes path: null.
    if (!first.path) ({ host, port } = first);
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    port = first;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (!isLoopback(host)) {
    const target = `${host}:${port}`;
    record({ kind: 'tcp', target, stack: caller() });
    process.nextTick(() => this.destroy(refused(target)));
    return this;
  }
  return connect.apply(this, args);
};

// UDP: send(msg[, offset, length], port[, address][, callback]) and connect(port[, address][, callback]).
for (const method of ['send', 'connect']) {
  const original = dgram.Socket.prototype[method];
  dgram.Socket.prototype[method] = function guardedDatagram(...args) {
    const rest = method === 'send' ? args.slice(1) : args;
    const address = rest.find((arg) => typeof arg === 'string');
    if (!isLoopback(address)) {
      const target = `${address} (udp ${method})`;
      record({ kind: 'udp', target, stack: caller() });
      const callback = args.find((arg) => typeof arg === 'function');
      if (callback) process.nextTick(callback, refused(target));
      return undefined;
    }
    return original.apply(this, args);
  };
}

// DNS: every look-up of a name that is not loopback (cloud metadata names, vendor hosts).
const RESOLVERS = ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv'];
function guardResolvers(target, promises) {
  for (const method of RESOLVERS) {
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function guardedResolve(hostname, ...rest) {
      if (!isLoopback(hostname)) {
        record({ kind: 'dns', target: String(hostname), stack: caller() });
        const error = refused(hostname);
        error.code = 'ENOTFOUND';
        if (promises) return Promise.reject(error);
        const callback = rest.find((arg) => typeof arg === 'function');
        if (callback) process.nextTick(callback, error);
        return undefined;
      }
      return original.call(this, hostname, ...rest);
    };
  }
}
guardResolvers(dns, false);
guardResolvers(dns.promises, true);
guardResolvers(dns.Resolver.prototype, false);
guardResolvers(dns.promises.Resolver.prototype, true);

record({ kind: 'loaded' });
