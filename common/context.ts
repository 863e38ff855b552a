import type { Logger } from './logging';

/** What every resolver gets, in every service. Services add their loaders. */
export interface BaseContext {
  requestId: string;
  logger: Logger;
}

/** Header that carries the request id from the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';
