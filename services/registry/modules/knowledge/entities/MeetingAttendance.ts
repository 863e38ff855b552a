// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Entity, PrimaryColumn } from 'typeorm';

/** That a member municipality attended a meeting. No GraphQL type: see Meeting.attendees and Municipality.meetingsAttended. */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendance {
  @PrimaryColumn({ type: 'uuid', name: 'meeting_id' })
  meetingId: string;

  @PrimaryColumn({ type: 'char', length: 12, name: 'municipality_ars' })
  municipalityArs: string;
}
