// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import type { Principal } from './auth/roles';
import type { Logger } from './logging';

/** What every resolver gets, in every service. Services add their loaders. */
export interface BaseContext {
  requestId: string;
  logger: Logger;
  /** Who is calling, as the gateway established it. */
  principal: Principal;
  /**
   * Set by a resolver whose answer depends on the caller or on state outside the database: then the
   * subgraph's answer carries no Cache-Control header, and the gateway does not cache it.
   */
  uncacheable?: boolean;
  /**
   * The kind of operation, filled in once known, before any resolver runs (loaders read ahead only
   * for queries). An object shared by reference: Apollo Server gives each operation a shallow copy
   * of the context.
   */
  operation?: { type?: 'query' | 'mutation' | 'subscription' };
}

/** Header that carries the request id from the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';
