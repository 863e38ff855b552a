// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Reporting: public membership and coverage figures of both networks for any date, and the
// outreach list; aggregate SQL over the directory, the memberships and IKONE-DS's published view.
import type { RegistryModule } from '../../shared/module';
import { ReportResolver } from './resolvers/ReportResolver';

export const reportingModule: RegistryModule = {
  entities: [],
  resolvers: [ReportResolver],
};
