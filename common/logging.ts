// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// One structured (JSON) logger for all services. Personal data and secrets never go into log
// lines: the redact list below is a safety net, the real rule is not to pass them in.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(service: string, level = process.env.LOG_LEVEL || 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    redact: {
      paths: ['*.password', '*.authorization', '*.email', '*.phone', '*.contactPerson', 'databaseUrl'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
