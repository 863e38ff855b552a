// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';
import { searchKey } from '../../../common/text';

/**
 * The initial topic vocabulary of the knowledge exchange: fields of municipal digitalisation, in
 * German. A vocabulary, not facts about anyone; coordinators add topics with addTopic.
 */
export const INITIAL_TOPICS: readonly { id: string; name: string }[] = [
  { id: 'digitale-verwaltung', name: 'Digitale Verwaltung / Onlinezugangsgesetz' },
  { id: 'dorf-app', name: 'Dorf-App / DorfFunk' },
  { id: 'breitband-mobilfunk', name: 'Breitband und Mobilfunk' },
  { id: 'oeffentliches-wlan', name: 'Öffentliches WLAN' },
  { id: 'smart-village', name: 'Smart Village / Sensorik' },
  { id: 'buergerbeteiligung-online', name: 'Bürgerbeteiligung online' },
  { id: 'digitale-bildung', name: 'Digitale Bildung' },
  { id: 'digitale-teilhabe', name: 'Digitale Teilhabe / Seniorinnen und Senioren' },
  { id: 'mobilitaet', name: 'Mobilität / Mitfahrbank' },
  { id: 'nahversorgung', name: 'Nahversorgung / Dorfladen digital' },
  { id: 'tourismus-digital', name: 'Tourismus digital' },
  { id: 'ehrenamt-digital', name: 'Ehrenamt digital' },
  { id: 'open-data', name: 'Open Data' },
  { id: 'digitale-gesundheit', name: 'Digitale Gesundheit / Telemedizin' },
  { id: 'coworking', name: 'Coworking' },
  { id: 'it-sicherheit', name: 'IT-Sicherheit' },
  { id: 'ki-verwaltung', name: 'Künstliche Intelligenz in der Verwaltung' },
  { id: 'gremienarbeit-digital', name: 'Digitale Gremienarbeit / Ratsinformationssystem' },
  { id: 'gemeinde-website', name: 'Gemeinde-Website / Social Media' },
  { id: 'energie-klimaschutz', name: 'Energie und Klimaschutz digital' },
  { id: 'foerdermittel', name: 'Fördermittel und Finanzierung' },
];

/** The knowledge exchange of the Netzwerk Digitale Dörfer RLP: topics, meetings with attendance, experience reports. */
export class KnowledgeExchange1764000000005 implements MigrationInterface {
  name = 'KnowledgeExchange1764000000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry.topic (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 60),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        search_key text NOT NULL UNIQUE
      )`);
    for (const topic of INITIAL_TOPICS) {
      await q.query(`INSERT INTO registry.topic (id, name, search_key) VALUES ($1, $2, $3)`, [topic.id, topic.name, searchKey(topic.name)]);
    }
    await q.query(`
      CREATE TABLE registry.meeting (
        id uuid PRIMARY KEY,
        held_on date NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        format text NOT NULL CHECK (format IN ('ONLINE', 'ON_SITE', 'HYBRID')),
        host_ars char(12) REFERENCES registry.municipality (ars),
        topic_ids text[] NOT NULL DEFAULT '{}' CHECK (cardinality(topic_ids) <= 10),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_held_on_idx ON registry.meeting (held_on DESC, created_at DESC)`);
    await q.query(`CREATE INDEX meeting_host_idx ON registry.meeting (host_ars)`);
    await q.query(`
      CREATE TABLE registry.meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES registry.meeting (id) ON DELETE CASCADE,
        municipality_ars char(12) NOT NULL REFERENCES registry.municipality (ars),
        PRIMARY KEY (meeting_id, municipality_ars)
      )`);
    await q.query(`CREATE INDEX meeting_attendance_municipality_idx ON registry.meeting_attendance (municipality_ars)`);
    await q.query(`
      CREATE TABLE registry.experience_report (
        id uuid PRIMARY KEY,
        municipality_ars char(12) NOT NULL REFERENCES registry.municipality (ars),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
        project text NOT NULL CHECK (length(project) BETWEEN 3 AND 5000),
        topic_ids text[] NOT NULL CHECK (cardinality(topic_ids) BETWEEN 1 AND 10),
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 20),
        tag_keys text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'STOPPED')),
        result text CHECK (length(result) <= 5000),
        contact_function text CHECK (length(contact_function) <= 200 AND position('@' IN contact_function) = 0),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (cardinality(tag_keys) = cardinality(tags))
      )`);
    await q.query(`CREATE INDEX experience_report_municipality_idx ON registry.experience_report (municipality_ars)`);
    await q.query(`CREATE INDEX experience_report_topics_idx ON registry.experience_report USING gin (topic_ids)`);
    await q.query(`CREATE INDEX experience_report_created_idx ON registry.experience_report (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry.experience_report`);
    await q.query(`DROP TABLE registry.meeting_attendance`);
    await q.query(`DROP TABLE registry.meeting`);
    await q.query(`DROP TABLE registry.topic`);
  }
}
