// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Vendor telemetry: off unless the operator decides otherwise (VENDOR_TELEMETRY=true). A public
// administration's API sends nothing about its use to a vendor by default, and a test run
// contacts nothing but its own machine (SECURITY.md, "What the hub connects to").
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo Gateway 2.14 reports usage metrics to Apollo every hour and, at construction, runs the
 * OpenTelemetry cloud detectors (AWS, GCP, Azure, Alibaba metadata endpoints) unless this
 * variable is "true" or "1". It is read in the gateway's constructor, so this runs right before it.
 */
export function applyGatewayTelemetrySetting(enabled: boolean): void {
  if (enabled) return;
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * Apollo Server switches on usage reporting by itself when APOLLO_KEY is in the environment, and
 * schema reporting with APOLLO_SCHEMA_REPORTING: both stay off unless telemetry is allowed.
 */
export function vendorTelemetryPlugins<C extends BaseContext>(enabled: boolean): ApolloServerPlugin<C>[] {
  if (enabled) return [];
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()];
}
