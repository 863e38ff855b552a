/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The letter of application of a municipality (Beitrittsschreiben). */
export type ApplicationInput = {
  /** The contact person the letter names, if any (naming one is desirable). */
  contact?: ContactPersonInput | null | undefined;
  /** Date of the letter. */
  letterDate: string;
  /** ARS or AGS of the applying municipality. */
  municipalityKey: string | number;
  /** When the ministry received it. */
  receivedOn: string;
  /** Who signed it: the Bürgermeisterin or Bürgermeister; for a Landkreis the Landrätin or Landrat. */
  signedBy: string;
};

/** A contact person; function, e-mail and phone are checked. */
export type ContactPersonInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Function or office, e.g. "Digitalisierungsbeauftragte"; an e-mail address or phone number here is refused. */
  function?: string | null | undefined;
  /** Name, 2 to 200 characters. */
  name: string;
  /** Phone number: digits, spaces, + ( ) / -. */
  phone?: string | null | undefined;
};

/** How exact a date is. A start of MONTH or YEAR precision is stored as the first day of that month or year, an end (of a role term) as its last day. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A dated role of a municipality in or before the Netzwerk Digitale Dörfer RLP; not a membership. */
export type DigitaleDoerferRole =
  /** Model municipality (Modellkommune) of the project "Digitale Dörfer" (2015–2021, with Fraunhofer IESE and the Entwicklungsagentur RLP), which preceded the network. */
  | 'MODEL_MUNICIPALITY'
  /** Transferstelle: coordinates the network and passes on experience (since the network’s founding in December 2020). */
  | 'TRANSFER_POINT';

/** A new experience report (Erfahrungsbericht) of a member municipality. No personal data: it is public. */
export type ExperienceReportInput = {
  /** Whom to ask, as a function or office (e.g. "Digitalisierungsbeauftragte der VG"), up to 200 characters. Names, e-mail addresses, phone numbers and salutations ("Frau …") are refused. */
  contactFunction?: string | null | undefined;
  /** ARS or AGS of the reporting municipality; it must be a Digitale Dörfer member (ACTIVE, or UNKNOWN since its last evidence). */
  municipalityKey: string | number;
  /** The project (Vorhaben), 3 to 5,000 characters; no e-mail addresses. */
  project: string;
  /** What came of it (Ergebnis), up to 5,000 characters; no e-mail addresses. */
  result?: string | null | undefined;
  /** Where the project stands. */
  status: ExperienceStatus;
  /** Free keywords (Schlagwörter), at most 20 of 1 to 50 characters. */
  tags?: Array<string> | null | undefined;
  /** Title, 3 to 200 characters. */
  title: string;
  /** Managed topics (ids from Query.topics), 1 to 10. */
  topicIds: Array<string | number>;
};

/** Changes to an experience report: only the fields given change; null clears result and contactFunction. */
export type ExperienceReportUpdateInput = {
  /** Whom to ask, as a function or office; null clears it. */
  contactFunction?: string | null | undefined;
  /** The project, 3 to 5,000 characters. */
  project?: string | null | undefined;
  /** What came of it; null clears it. */
  result?: string | null | undefined;
  /** Where the project stands. */
  status?: ExperienceStatus | null | undefined;
  /** Free keywords, replacing the current ones. */
  tags?: Array<string> | null | undefined;
  /** Title, 3 to 200 characters. */
  title?: string | null | undefined;
  /** Managed topics, 1 to 10, replacing the current ones. */
  topicIds?: Array<string | number> | null | undefined;
};

/** Where the project of an experience report (Erfahrungsbericht) stands. */
export type ExperienceStatus =
  /** Abgeschlossen: done; the result says how it went. */
  | 'COMPLETED'
  /** In Umsetzung: running. */
  | 'IN_PROGRESS'
  /** Geplant: planned, not started. */
  | 'PLANNED'
  /** Eingestellt: stopped before completion; the result says why. */
  | 'STOPPED';

/** Form of the registry export. */
export type ExportFormat =
  /** The member list of both networks, in the columns of the import template (UTF-8 with BOM, ";"). */
  | 'CSV'
  /** Everything, as the backup that importMemberships reads back. */
  | 'JSON'
  /** Sheets: memberships, meetings, experience reports (base64). */
  | 'XLSX';

/** How a file travels in a GraphQL string. */
export type FileEncoding =
  /** The file’s bytes in base64 (XLSX, or CSV in Windows-1252). */
  | 'BASE64'
  /** The file’s text as it is (CSV, JSON). */
  | 'TEXT';

/** How well a network fits a municipality, best first. */
export type FitLevel =
  /** The municipality is in the network’s stated target group. */
  | 'HIGH'
  /** Possible in single cases only; the municipality may apply. */
  | 'LOW'
  /** The network is open to the municipality, which is not its first target group. */
  | 'MEDIUM'
  /** Already a member; a membership outranks the size and type rules. */
  | 'MEMBER'
  /** Not a target group of the network; for Digitale Dörfer RLP this is the one case in which an application is refused. */
  | 'NONE';

/** Role of a city in IKONE-DS. */
export type IkoneDsRole =
  /** Coordinates the network (Kaiserslautern, through KL.digital GmbH). */
  | 'COORDINATOR'
  /** Member city. */
  | 'MEMBER';

/** What the import does with one row. */
export type ImportRowOutcome =
  /** A stored membership that the row changes (reasons say which fields). */
  | 'CHANGED'
  /** A membership the registry does not have yet: it is added. */
  | 'NEW'
  /** The row cannot be imported (reasons say why); while any row is rejected, nothing is applied. */
  | 'REJECTED'
  /** Not for this import by design (IKONE-DS members come from the feed); does not block the import. */
  | 'SKIPPED'
  /** The registry already says what the row says. */
  | 'UNCHANGED';

/** How a meeting (Netzwerktreffen) or event took place. */
export type MeetingFormat =
  /** In person with online participation (hybrid). */
  | 'HYBRID'
  /** Online (digitales Treffen, video conference). */
  | 'ONLINE'
  /** In person (Präsenztreffen), usually at the host municipality. */
  | 'ON_SITE';

/** A new meeting (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP. (Meetings of IKONE-DS come only from public sources, shipped with the registry.) */
export type MeetingInput = {
  /** Online, on site or hybrid. */
  format: MeetingFormat;
  /** Day of the meeting, not before the network was founded (December 2020); with heldOnPrecision MONTH or YEAR the first day of that month or year. */
  heldOn: string;
  /** How exactly heldOn is known (default DAY). */
  heldOnPrecision?: DatePrecision | null | undefined;
  /** ARS or AGS of the host municipality (Gastgeber), if any. */
  hostKey?: string | number | null | undefined;
  /** What a source reports beyond the other fields (e.g. a reported number of participants), up to 2,000 characters; no e-mail addresses. */
  note?: string | null | undefined;
  /** Where it took place (venue, town), 2 to 200 characters. */
  place?: string | null | undefined;
  /** Public sources (http or https URLs), at most 10. */
  sources?: Array<string> | null | undefined;
  /** Free keywords (Schlagwörter), at most 20 of 1 to 50 characters. */
  tags?: Array<string> | null | undefined;
  /** Title, 3 to 200 characters. */
  title: string;
  /** Managed topics (ids from Query.topics), at most 10. */
  topicIds?: Array<string | number> | null | undefined;
};

/** Changes to a meeting: only the fields given change; null removes the host, the place and the note. */
export type MeetingUpdateInput = {
  /** Online, on site or hybrid. */
  format?: MeetingFormat | null | undefined;
  /** Day of the meeting (the first day of the month or year for MONTH or YEAR). */
  heldOn?: string | null | undefined;
  /** How exactly heldOn is known. */
  heldOnPrecision?: DatePrecision | null | undefined;
  /** ARS or AGS of the host municipality; null: no host. */
  hostKey?: string | number | null | undefined;
  /** What a source reports beyond the other fields; null clears it. */
  note?: string | null | undefined;
  /** Where it took place, 2 to 200 characters; null: not recorded. */
  place?: string | null | undefined;
  /** Public sources (URLs), replacing the current ones. */
  sources?: Array<string> | null | undefined;
  /** Free keywords, replacing the current ones. */
  tags?: Array<string> | null | undefined;
  /** Title, 3 to 200 characters. */
  title?: string | null | undefined;
  /** Managed topics, replacing the current ones. */
  topicIds?: Array<string | number> | null | undefined;
};

/** Role of a member in the Netzwerk Digitale Dörfer RLP today, derived from its dated roles (Municipality.digitaleDoerferRoles). */
export type MembershipRole =
  /** Member without a current role of its own. */
  | 'MEMBER'
  /** Member that is a Transferstelle now (a current TRANSFER_POINT term). */
  | 'TRANSFER_POINT';

/** How the registry knows of a membership or a role term. */
export type MembershipSource =
  /** Imported from a network office’s list (importMemberships, npm run import:members); no letter recorded. */
  | 'IMPORT'
  /** Recorded from its letter of application (recordApplication and the workflow). */
  | 'LETTER'
  /** Named by public sources (see sources); no letter recorded. */
  | 'PUBLIC_SOURCE'
  /** A role term recorded by the network office or the ministry (recordRoleTerm); memberships are never RECORDED. */
  | 'RECORDED';

/** Where a membership stands: an application is RECEIVED, then ACTIVE, REJECTED or WITHDRAWN; an ACTIVE membership can be ENDED; where the sources stop, a membership is UNKNOWN. */
export type MembershipStatus =
  /** Member now. */
  | 'ACTIVE'
  /** The membership ended (see endedOn and decisionReason). */
  | 'ENDED'
  /** The letter of application was received and is not yet decided. */
  | 'RECEIVED'
  /** The application was rejected. */
  | 'REJECTED'
  /** Was a member until at least lastConfirmedOn; no later source confirms it and none says it ended. Counted as a member up to lastConfirmedOn, never told to apply, not an outreach target, and still takes part in meetings and reports. */
  | 'UNKNOWN'
  /** The applicant withdrew the application. */
  | 'WITHDRAWN';

/** Kind of territorial unit, as in the official municipality directory (Gemeindeverzeichnis) of Rhineland-Palatinate. */
export type MunicipalityType =
  /** Große kreisangehörige Stadt: large town within a Landkreis with extra duties (§ 6 GemO RLP). */
  | 'GROSSE_KREISANGEHOERIGE_STADT'
  /** Kreisfreie Stadt: city that belongs to no Landkreis and is a district of its own. */
  | 'KREISFREIE_STADT'
  /** Landkreis: rural district, groups Verbandsgemeinden and verbandsfreie Gemeinden. */
  | 'LANDKREIS'
  /** Ortsgemeinde: municipality that belongs to a Verbandsgemeinde. */
  | 'ORTSGEMEINDE'
  /** Town (Stadt) that belongs to a Verbandsgemeinde; legally an Ortsgemeinde with town status. */
  | 'VERBANDSANGEHOERIGE_STADT'
  /** Verbandsfreie Gemeinde: municipality in a Landkreis that belongs to no Verbandsgemeinde. */
  | 'VERBANDSFREIE_GEMEINDE'
  /** Verbandsfreie Stadt: town in a Landkreis that belongs to no Verbandsgemeinde. */
  | 'VERBANDSFREIE_STADT'
  /** Verbandsgemeinde: association of Ortsgemeinden that runs their joint administration. Has an ARS but no AGS. */
  | 'VERBANDSGEMEINDE';

/** Identifier of a municipal digitalisation network in Rhineland-Palatinate. */
export type NetworkId =
  /** Netzwerk Digitale Dörfer RLP: Verbandsgemeinden and interested Ortsgemeinden. */
  | 'DIGITALE_DOERFER_RLP'
  /** IKONE-DS, Interkommunales Netzwerk Digitale Stadt: large and medium-sized cities. */
  | 'IKONE_DS';

/** A new API key. */
export type NewApiKeyInput = {
  /** When the key stops working; none: no expiry. */
  expiresAt?: string | null | undefined;
  /** What the key is for (1 to 100 characters of printable text: no control characters), e.g. the portal that uses it. */
  name: string;
  /** For COORDINATOR keys: the network they may change. */
  network?: NetworkId | null | undefined;
  /** Role the key grants: PARTNER, COORDINATOR or MINISTRY_ADMIN. */
  role: Role;
};

/** Role of a caller of the hub. */
export type Role =
  /** Coordinator of one network: like PARTNER, and may change that network’s registry data. */
  | 'COORDINATOR'
  /** Ministry of the Interior: everything, including API keys. */
  | 'MINISTRY_ADMIN'
  /** Partner portal with an API key: public data and contact persons. */
  | 'PARTNER'
  /** Anyone, without credentials: public data only. */
  | 'PUBLIC';

/** A role term to record: which municipality held which role from when (and, for a past term, until when). */
export type RoleTermInput = {
  /** Last day of a term that is already over; none while it lasts (end it later with endRoleTerm). */
  endedOn?: string | null | undefined;
  /** ARS or AGS of the municipality. */
  municipalityKey: string | number;
  /** What the term rests on, in German, at most 2000 characters. */
  note?: string | null | undefined;
  /** Which role. */
  role: DigitaleDoerferRole;
  /** Public sources (http or https URLs), at most 10. */
  sources?: Array<string> | null | undefined;
  /** Start of the term; with precision MONTH or YEAR the first day of that month or year. Not in the future. */
  startedOn: string;
  /** How exact startedOn is (default DAY). */
  startedOnPrecision?: DatePrecision | null | undefined;
};

export type VerwaltungSchluesselFelderFragment = { id: string, name: string, role: Role, network: NetworkId | null, createdAt: string, createdBy: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null };

export type VerwaltungSchluesselQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungSchluesselQuery = { apiKeys: Array<{ id: string, name: string, role: Role, network: NetworkId | null, createdAt: string, createdBy: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null }> };

export type VerwaltungSchluesselAnlegenMutationVariables = Exact<{
  input: NewApiKeyInput;
}>;


export type VerwaltungSchluesselAnlegenMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role, network: NetworkId | null, createdAt: string, createdBy: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } } };

export type VerwaltungSchluesselWiderrufenMutationVariables = Exact<{
  id: string | number;
}>;


export type VerwaltungSchluesselWiderrufenMutation = { revokeApiKey: { id: string, name: string, role: Role, network: NetworkId | null, createdAt: string, createdBy: string | null, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null } };

export type VerwaltungProtokollQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | number | null | undefined;
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type VerwaltungProtokollQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorKind: string, actorId: string | null, actorRole: Role, requestId: string | null, action: string, entity: string, entityId: string, before: unknown, after: unknown, personalDataErasedAt: string | null } }> } };

export type VerwaltungDatenschutzMitgliedschaftenQueryVariables = Exact<{
  key: string | number;
}>;


export type VerwaltungDatenschutzMitgliedschaftenQuery = { municipality: { ars: string, name: string, digitaleDoerferHistory: Array<{ id: string, status: MembershipStatus, source: MembershipSource, letterDate: string | null, receivedOn: string | null, startedOn: string | null, decidedOn: string | null, endedOn: string | null, hasContactPerson: boolean }> } | null };

export type VerwaltungDatenschutzAuskunftQueryVariables = Exact<{
  membershipId: string | number;
}>;


export type VerwaltungDatenschutzAuskunftQuery = { exportContactPersonData: unknown };

export type VerwaltungDatenschutzLoeschenMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type VerwaltungDatenschutzLoeschenMutation = { eraseContactPersonData: { contactRemoved: boolean, auditEventsScrubbed: number } };

export type VerwaltungAntragFelderFragment = { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null };

export type VerwaltungAntragKommuneFragment = { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } };

export type VerwaltungAntragEignungFragment = { networkFit: Array<{ level: FitLevel, alreadyMember: boolean, howToJoin: string | null, network: { id: NetworkId, shortName: string }, reasons: Array<{ message: string }> }> | null };

export type VerwaltungPosteingangQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungPosteingangQuery = { offen: { totalCount: number, edges: Array<{ node: { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType }, networkFit: Array<{ level: FitLevel, alreadyMember: boolean, howToJoin: string | null, network: { id: NetworkId, shortName: string }, reasons: Array<{ message: string }> }> | null } } }> }, entschieden: { edges: Array<{ node: { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } } }> } };

export type VerwaltungEignungQueryVariables = Exact<{
  key: string | number;
}>;


export type VerwaltungEignungQuery = { municipality: { digitaleDoerfer: { status: MembershipStatus } | null, networkFit: Array<{ level: FitLevel, alreadyMember: boolean, howToJoin: string | null, network: { id: NetworkId, shortName: string }, reasons: Array<{ message: string }> }> | null } | null };

export type VerwaltungAntragNeuLadenQueryVariables = Exact<{
  key: string | number;
}>;


export type VerwaltungAntragNeuLadenQuery = { municipality: { digitaleDoerferHistory: Array<{ id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null }> } | null };

export type VerwaltungSchreibenErfassenMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type VerwaltungSchreibenErfassenMutation = { recordApplication: { notices: Array<string>, membership: { id: string, municipality: { name: string } } } };

export type VerwaltungGenehmigenMutationVariables = Exact<{
  id: string | number;
  version: number;
  startedOn?: string | null | undefined;
}>;


export type VerwaltungGenehmigenMutation = { approveApplication: { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null } };

export type VerwaltungAblehnenMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type VerwaltungAblehnenMutation = { rejectApplication: { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null } };

export type VerwaltungZurueckziehenMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type VerwaltungZurueckziehenMutation = { withdrawApplication: { id: string, status: MembershipStatus, version: number, letterDate: string | null, receivedOn: string | null, signedBy: string | null, decidedOn: string | null, decisionReason: string | null, startedOn: string | null } };

export type AustauschKommuneFragment = { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } };

export type AustauschTreffenFragment = { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> };

export type AustauschBerichtFragment = { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> };

export type VerwaltungThemenQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungThemenQuery = { topics: Array<{ id: string, name: string }> };

export type VerwaltungTreffenQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  network?: NetworkId | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VerwaltungTreffenQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> } }> } };

export type VerwaltungTreffenErfassenMutationVariables = Exact<{
  input: MeetingInput;
}>;


export type VerwaltungTreffenErfassenMutation = { createMeeting: { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> } };

export type VerwaltungTreffenAendernMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MeetingUpdateInput;
}>;


export type VerwaltungTreffenAendernMutation = { updateMeeting: { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> } };

export type VerwaltungTeilnahmeSpeichernMutationVariables = Exact<{
  id: string | number;
  version: number;
  keys: Array<string | number> | string | number;
}>;


export type VerwaltungTeilnahmeSpeichernMutation = { setMeetingAttendance: { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> } };

export type VerwaltungBerichteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  topicId?: string | number | null | undefined;
  municipalityKey?: string | number | null | undefined;
}>;


export type VerwaltungBerichteQuery = { experienceReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> } }> } };

export type VerwaltungBerichtSchreibenMutationVariables = Exact<{
  input: ExperienceReportInput;
}>;


export type VerwaltungBerichtSchreibenMutation = { createExperienceReport: { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> } };

export type VerwaltungBerichtAendernMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ExperienceReportUpdateInput;
}>;


export type VerwaltungBerichtAendernMutation = { updateExperienceReport: { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> } };

export type VerwaltungThemaHinzufuegenMutationVariables = Exact<{
  name: string;
  id?: string | number | null | undefined;
}>;


export type VerwaltungThemaHinzufuegenMutation = { addTopic: { id: string, name: string } };

export type VerwaltungWenFragenQueryVariables = Exact<{
  topic: string;
  forMunicipality?: string | number | null | undefined;
  first: number;
  withContacts: boolean;
}>;


export type VerwaltungWenFragenQuery = { whomToAsk: Array<{ score: number, reasons: Array<string>, report: { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, digitaleDoerfer: { status: MembershipStatus, hasContactPerson: boolean, contactPerson?: { name: string | null, function: string | null, email: string | null, phone: string | null } | null } | null, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> } }> };

export type VerwaltungEinTreffenQueryVariables = Exact<{
  id: string | number;
}>;


export type VerwaltungEinTreffenQuery = { meeting: { id: string, network: NetworkId, heldOn: string, heldOnPrecision: DatePrecision, title: string, format: MeetingFormat | null, place: string | null, tags: Array<string>, note: string | null, sources: Array<string>, version: number, host: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } | null, attendees: Array<{ ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }>, topics: Array<{ id: string, name: string }> } | null };

export type VerwaltungEinBerichtQueryVariables = Exact<{
  id: string | number;
}>;


export type VerwaltungEinBerichtQuery = { experienceReport: { id: string, title: string, project: string, tags: Array<string>, status: ExperienceStatus, result: string | null, contactFunction: string | null, version: number, createdAt: string, updatedAt: string, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } }, topics: Array<{ id: string, name: string }> } | null };

export type VerwaltungMitgliedKommuneFragment = { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { ars: string, name: string, type: MunicipalityType } };

export type VerwaltungRolleFelderFragment = { id: string, role: DigitaleDoerferRole, startedOn: string, startedOnPrecision: DatePrecision, endedOn: string | null, endedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, note: string | null, sources: Array<string>, source: MembershipSource, version: number };

export type VerwaltungMitgliedschaftFelderFragment = { id: string, status: MembershipStatus, role: MembershipRole, version: number, source: MembershipSource, startedOn: string | null, startedOnPrecision: DatePrecision | null, endedOn: string | null, lastConfirmedOn: string | null, letterDate: string | null, receivedOn: string | null, decidedOn: string | null, decisionReason: string | null, note: string | null, hasContactPerson: boolean };

export type VerwaltungMitgliederQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: Array<MembershipStatus> | MembershipStatus | null | undefined;
  asOf?: string | null | undefined;
  hasContactPerson?: boolean | null | undefined;
  districtArs?: string | number | null | undefined;
  types?: Array<MunicipalityType> | MunicipalityType | null | undefined;
}>;


export type VerwaltungMitgliederQuery = { digitaleDoerferMemberships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: MembershipStatus, role: MembershipRole, startedOn: string | null, startedOnPrecision: DatePrecision | null, endedOn: string | null, lastConfirmedOn: string | null, hasContactPerson: boolean, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { ars: string, name: string, type: MunicipalityType } } } }> } };

export type VerwaltungIkoneMitgliederQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type VerwaltungIkoneMitgliederQuery = { ikoneDsMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameAsReported: string, role: IkoneDsRole, joinedOn: string | null, joinedOnPrecision: DatePrecision | null, firstNamedOn: string | null, firstNamedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, lastConfirmedOnPrecision: DatePrecision | null, countedFrom: string | null, municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { ars: string, name: string, type: MunicipalityType } } | null } }> } };

export type VerwaltungLandkreiseQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungLandkreiseQuery = { municipalities: { edges: Array<{ node: { ars: string, name: string, type: MunicipalityType } }> } };

export type VerwaltungKommuneQueryVariables = Exact<{
  key: string | number;
  withContacts: boolean;
}>;


export type VerwaltungKommuneQuery = { municipality: { ars: string, ags: string | null, name: string, type: MunicipalityType, population: number | null, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType }, digitaleDoerfer: { signedBy?: string | null, id: string, status: MembershipStatus, role: MembershipRole, version: number, source: MembershipSource, startedOn: string | null, startedOnPrecision: DatePrecision | null, endedOn: string | null, lastConfirmedOn: string | null, letterDate: string | null, receivedOn: string | null, decidedOn: string | null, decisionReason: string | null, note: string | null, hasContactPerson: boolean, contactPerson?: { name: string | null, function: string | null, email: string | null, phone: string | null, version: number } | null } | null, digitaleDoerferHistory: Array<{ id: string, status: MembershipStatus, role: MembershipRole, version: number, source: MembershipSource, startedOn: string | null, startedOnPrecision: DatePrecision | null, endedOn: string | null, lastConfirmedOn: string | null, letterDate: string | null, receivedOn: string | null, decidedOn: string | null, decisionReason: string | null, note: string | null, hasContactPerson: boolean }>, digitaleDoerferRoles: Array<{ id: string, role: DigitaleDoerferRole, startedOn: string, startedOnPrecision: DatePrecision, endedOn: string | null, endedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, note: string | null, sources: Array<string>, source: MembershipSource, version: number }>, ikoneDs: { role: IkoneDsRole, joinedOn: string | null, joinedOnPrecision: DatePrecision | null, firstNamedOn: string | null, firstNamedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, lastConfirmedOnPrecision: DatePrecision | null, note: string | null } | null, meetingsAttended: Array<{ id: string, title: string, heldOn: string, heldOnPrecision: DatePrecision, place: string | null }> } | null };

export type VerwaltungKommuneBerichteQueryVariables = Exact<{
  key: string | number;
}>;


export type VerwaltungKommuneBerichteQuery = { experienceReports: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ExperienceStatus, createdAt: string } }> } };

export type VerwaltungAnsprechpersonFestlegenMutationVariables = Exact<{
  id: string | number;
  version: number;
  contact: ContactPersonInput;
}>;


export type VerwaltungAnsprechpersonFestlegenMutation = { setContactPerson: { id: string, hasContactPerson: boolean } };

export type VerwaltungAnsprechpersonEntfernenMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type VerwaltungAnsprechpersonEntfernenMutation = { removeContactPerson: { id: string, hasContactPerson: boolean } };

export type VerwaltungMitgliedschaftBestaetigenMutationVariables = Exact<{
  id: string | number;
  version: number;
  confirmedOn?: string | null | undefined;
}>;


export type VerwaltungMitgliedschaftBestaetigenMutation = { confirmMembership: { id: string, status: MembershipStatus, lastConfirmedOn: string | null, version: number } };

export type VerwaltungMitgliedschaftBeendenMutationVariables = Exact<{
  id: string | number;
  version: number;
  endedOn: string;
  reason?: string | null | undefined;
}>;


export type VerwaltungMitgliedschaftBeendenMutation = { endMembership: { id: string, status: MembershipStatus, endedOn: string | null, version: number } };

export type VerwaltungRolleEintragenMutationVariables = Exact<{
  input: RoleTermInput;
}>;


export type VerwaltungRolleEintragenMutation = { recordRoleTerm: { id: string, role: DigitaleDoerferRole, startedOn: string, startedOnPrecision: DatePrecision, endedOn: string | null, endedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, note: string | null, sources: Array<string>, source: MembershipSource, version: number } };

export type VerwaltungRolleBeendenMutationVariables = Exact<{
  id: string | number;
  version: number;
  endedOn: string;
}>;


export type VerwaltungRolleBeendenMutation = { endRoleTerm: { id: string, role: DigitaleDoerferRole, startedOn: string, startedOnPrecision: DatePrecision, endedOn: string | null, endedOnPrecision: DatePrecision | null, lastConfirmedOn: string | null, note: string | null, sources: Array<string>, source: MembershipSource, version: number } };

export type VerwaltungKommuneSuchenQueryVariables = Exact<{
  name: string;
}>;


export type VerwaltungKommuneSuchenQuery = { municipalities: { totalCount: number, edges: Array<{ node: { ars: string, ags: string | null, name: string, type: MunicipalityType, verbandsgemeinde: { name: string } | null, district: { name: string, type: MunicipalityType } } }> } };

export type VerwaltungAnmeldungQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungAnmeldungQuery = { viewer: { role: Role, network: NetworkId | null } };

export type VerwaltungMitgliederImportMutationVariables = Exact<{
  dryRun: boolean;
  encoding: FileEncoding;
  content: string;
}>;


export type VerwaltungMitgliederImportMutation = { importMemberships: { format: string, sha256: string, dryRun: boolean, applied: boolean, refusal: string | null, rows: Array<{ line: number, outcome: ImportRowOutcome, municipalityArs: string | null, municipalityName: string | null, reasons: Array<string>, candidates: Array<string> }> } };

export type VerwaltungRegisterExportQueryVariables = Exact<{
  format: ExportFormat;
}>;


export type VerwaltungRegisterExportQuery = { registryExport: { fileName: string, mediaType: string, encoding: FileEncoding, content: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const VerwaltungSchluesselFelderFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungSchluesselFelder on ApiKey {
  id
  name
  role
  network
  createdAt
  createdBy
  expiresAt
  revokedAt
  lastUsedAt
}
    `, {"fragmentName":"VerwaltungSchluesselFelder"}) as unknown as TypedDocumentString<VerwaltungSchluesselFelderFragment, unknown>;
export const VerwaltungAntragFelderFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}
    `, {"fragmentName":"VerwaltungAntragFelder"}) as unknown as TypedDocumentString<VerwaltungAntragFelderFragment, unknown>;
export const VerwaltungAntragKommuneFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungAntragKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
    `, {"fragmentName":"VerwaltungAntragKommune"}) as unknown as TypedDocumentString<VerwaltungAntragKommuneFragment, unknown>;
export const VerwaltungAntragEignungFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungAntragEignung on Municipality {
  networkFit {
    network {
      id
      shortName
    }
    level
    alreadyMember
    reasons {
      message
    }
    howToJoin
  }
}
    `, {"fragmentName":"VerwaltungAntragEignung"}) as unknown as TypedDocumentString<VerwaltungAntragEignungFragment, unknown>;
export const AustauschKommuneFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
    `, {"fragmentName":"AustauschKommune"}) as unknown as TypedDocumentString<AustauschKommuneFragment, unknown>;
export const AustauschTreffenFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}`, {"fragmentName":"AustauschTreffen"}) as unknown as TypedDocumentString<AustauschTreffenFragment, unknown>;
export const AustauschBerichtFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}`, {"fragmentName":"AustauschBericht"}) as unknown as TypedDocumentString<AustauschBerichtFragment, unknown>;
export const VerwaltungMitgliedKommuneFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungMitgliedKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    ars
    name
    type
  }
}
    `, {"fragmentName":"VerwaltungMitgliedKommune"}) as unknown as TypedDocumentString<VerwaltungMitgliedKommuneFragment, unknown>;
export const VerwaltungRolleFelderFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungRolleFelder on DigitaleDoerferRoleTerm {
  id
  role
  startedOn
  startedOnPrecision
  endedOn
  endedOnPrecision
  lastConfirmedOn
  note
  sources
  source
  version
}
    `, {"fragmentName":"VerwaltungRolleFelder"}) as unknown as TypedDocumentString<VerwaltungRolleFelderFragment, unknown>;
export const VerwaltungMitgliedschaftFelderFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment VerwaltungMitgliedschaftFelder on DigitaleDoerferMembership {
  id
  status
  role
  version
  source
  startedOn
  startedOnPrecision
  endedOn
  lastConfirmedOn
  letterDate
  receivedOn
  decidedOn
  decisionReason
  note
  hasContactPerson
}
    `, {"fragmentName":"VerwaltungMitgliedschaftFelder"}) as unknown as TypedDocumentString<VerwaltungMitgliedschaftFelderFragment, unknown>;
export const VerwaltungSchluesselDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungSchluessel {
  apiKeys {
    ...VerwaltungSchluesselFelder
  }
}
    fragment VerwaltungSchluesselFelder on ApiKey {
  id
  name
  role
  network
  createdAt
  createdBy
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<VerwaltungSchluesselQuery, VerwaltungSchluesselQueryVariables>;
export const VerwaltungSchluesselAnlegenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungSchluesselAnlegen($input: NewApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...VerwaltungSchluesselFelder
    }
  }
}
    fragment VerwaltungSchluesselFelder on ApiKey {
  id
  name
  role
  network
  createdAt
  createdBy
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<VerwaltungSchluesselAnlegenMutation, VerwaltungSchluesselAnlegenMutationVariables>;
export const VerwaltungSchluesselWiderrufenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungSchluesselWiderrufen($id: ID!) {
  revokeApiKey(id: $id) {
    ...VerwaltungSchluesselFelder
  }
}
    fragment VerwaltungSchluesselFelder on ApiKey {
  id
  name
  role
  network
  createdAt
  createdBy
  expiresAt
  revokedAt
  lastUsedAt
}`) as unknown as TypedDocumentString<VerwaltungSchluesselWiderrufenMutation, VerwaltungSchluesselWiderrufenMutationVariables>;
export const VerwaltungProtokollDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungProtokoll($first: Int!, $after: String, $entity: String, $entityId: ID, $action: String, $actorId: String, $since: LocalDate, $until: LocalDate) {
  auditTrail(
    first: $first
    after: $after
    entity: $entity
    entityId: $entityId
    action: $action
    actorId: $actorId
    since: $since
    until: $until
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        actorKind
        actorId
        actorRole
        requestId
        action
        entity
        entityId
        before
        after
        personalDataErasedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungProtokollQuery, VerwaltungProtokollQueryVariables>;
export const VerwaltungDatenschutzMitgliedschaftenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungDatenschutzMitgliedschaften($key: ID!) {
  municipality(key: $key) {
    ars
    name
    digitaleDoerferHistory {
      id
      status
      source
      letterDate
      receivedOn
      startedOn
      decidedOn
      endedOn
      hasContactPerson
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungDatenschutzMitgliedschaftenQuery, VerwaltungDatenschutzMitgliedschaftenQueryVariables>;
export const VerwaltungDatenschutzAuskunftDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungDatenschutzAuskunft($membershipId: ID!) {
  exportContactPersonData(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<VerwaltungDatenschutzAuskunftQuery, VerwaltungDatenschutzAuskunftQueryVariables>;
export const VerwaltungDatenschutzLoeschenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungDatenschutzLoeschen($membershipId: ID!) {
  eraseContactPersonData(membershipId: $membershipId) {
    contactRemoved
    auditEventsScrubbed
  }
}
    `) as unknown as TypedDocumentString<VerwaltungDatenschutzLoeschenMutation, VerwaltungDatenschutzLoeschenMutationVariables>;
export const VerwaltungPosteingangDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungPosteingang {
  offen: digitaleDoerferMemberships(first: 100, status: [RECEIVED]) {
    totalCount
    edges {
      node {
        ...VerwaltungAntragFelder
        municipality {
          ...VerwaltungAntragKommune
          ...VerwaltungAntragEignung
        }
      }
    }
  }
  entschieden: digitaleDoerferMemberships(
    first: 100
    status: [ACTIVE, REJECTED, WITHDRAWN]
  ) {
    edges {
      node {
        ...VerwaltungAntragFelder
        municipality {
          ...VerwaltungAntragKommune
        }
      }
    }
  }
}
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}
fragment VerwaltungAntragKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment VerwaltungAntragEignung on Municipality {
  networkFit {
    network {
      id
      shortName
    }
    level
    alreadyMember
    reasons {
      message
    }
    howToJoin
  }
}`) as unknown as TypedDocumentString<VerwaltungPosteingangQuery, VerwaltungPosteingangQueryVariables>;
export const VerwaltungEignungDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungEignung($key: ID!) {
  municipality(key: $key) {
    ...VerwaltungAntragEignung
    digitaleDoerfer {
      status
    }
  }
}
    fragment VerwaltungAntragEignung on Municipality {
  networkFit {
    network {
      id
      shortName
    }
    level
    alreadyMember
    reasons {
      message
    }
    howToJoin
  }
}`) as unknown as TypedDocumentString<VerwaltungEignungQuery, VerwaltungEignungQueryVariables>;
export const VerwaltungAntragNeuLadenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungAntragNeuLaden($key: ID!) {
  municipality(key: $key) {
    digitaleDoerferHistory {
      ...VerwaltungAntragFelder
    }
  }
}
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}`) as unknown as TypedDocumentString<VerwaltungAntragNeuLadenQuery, VerwaltungAntragNeuLadenQueryVariables>;
export const VerwaltungSchreibenErfassenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungSchreibenErfassen($input: ApplicationInput!) {
  recordApplication(input: $input) {
    notices
    membership {
      id
      municipality {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungSchreibenErfassenMutation, VerwaltungSchreibenErfassenMutationVariables>;
export const VerwaltungGenehmigenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungGenehmigen($id: ID!, $version: Int!, $startedOn: LocalDate) {
  approveApplication(
    membershipId: $id
    expectedVersion: $version
    startedOn: $startedOn
  ) {
    ...VerwaltungAntragFelder
  }
}
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}`) as unknown as TypedDocumentString<VerwaltungGenehmigenMutation, VerwaltungGenehmigenMutationVariables>;
export const VerwaltungAblehnenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungAblehnen($id: ID!, $version: Int!, $reason: String!) {
  rejectApplication(membershipId: $id, expectedVersion: $version, reason: $reason) {
    ...VerwaltungAntragFelder
  }
}
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}`) as unknown as TypedDocumentString<VerwaltungAblehnenMutation, VerwaltungAblehnenMutationVariables>;
export const VerwaltungZurueckziehenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungZurueckziehen($id: ID!, $version: Int!, $reason: String) {
  withdrawApplication(
    membershipId: $id
    expectedVersion: $version
    reason: $reason
  ) {
    ...VerwaltungAntragFelder
  }
}
    fragment VerwaltungAntragFelder on DigitaleDoerferMembership {
  id
  status
  version
  letterDate
  receivedOn
  signedBy
  decidedOn
  decisionReason
  startedOn
}`) as unknown as TypedDocumentString<VerwaltungZurueckziehenMutation, VerwaltungZurueckziehenMutationVariables>;
export const VerwaltungThemenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungThemen {
  topics {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<VerwaltungThemenQuery, VerwaltungThemenQueryVariables>;
export const VerwaltungTreffenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungTreffen($first: Int!, $after: String, $network: NetworkId, $from: LocalDate, $to: LocalDate) {
  meetings(first: $first, after: $after, network: $network, from: $from, to: $to) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AustauschTreffen
      }
    }
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungTreffenQuery, VerwaltungTreffenQueryVariables>;
export const VerwaltungTreffenErfassenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungTreffenErfassen($input: MeetingInput!) {
  createMeeting(input: $input) {
    ...AustauschTreffen
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungTreffenErfassenMutation, VerwaltungTreffenErfassenMutationVariables>;
export const VerwaltungTreffenAendernDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungTreffenAendern($id: ID!, $version: Int!, $input: MeetingUpdateInput!) {
  updateMeeting(id: $id, expectedVersion: $version, input: $input) {
    ...AustauschTreffen
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungTreffenAendernMutation, VerwaltungTreffenAendernMutationVariables>;
export const VerwaltungTeilnahmeSpeichernDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungTeilnahmeSpeichern($id: ID!, $version: Int!, $keys: [ID!]!) {
  setMeetingAttendance(
    meetingId: $id
    expectedVersion: $version
    municipalityKeys: $keys
  ) {
    ...AustauschTreffen
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungTeilnahmeSpeichernMutation, VerwaltungTeilnahmeSpeichernMutationVariables>;
export const VerwaltungBerichteDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungBerichte($first: Int!, $after: String, $topicId: ID, $municipalityKey: ID) {
  experienceReports(
    first: $first
    after: $after
    topicId: $topicId
    municipalityKey: $municipalityKey
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AustauschBericht
      }
    }
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungBerichteQuery, VerwaltungBerichteQueryVariables>;
export const VerwaltungBerichtSchreibenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungBerichtSchreiben($input: ExperienceReportInput!) {
  createExperienceReport(input: $input) {
    ...AustauschBericht
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungBerichtSchreibenMutation, VerwaltungBerichtSchreibenMutationVariables>;
export const VerwaltungBerichtAendernDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungBerichtAendern($id: ID!, $version: Int!, $input: ExperienceReportUpdateInput!) {
  updateExperienceReport(id: $id, expectedVersion: $version, input: $input) {
    ...AustauschBericht
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungBerichtAendernMutation, VerwaltungBerichtAendernMutationVariables>;
export const VerwaltungThemaHinzufuegenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungThemaHinzufuegen($name: String!, $id: ID) {
  addTopic(name: $name, id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<VerwaltungThemaHinzufuegenMutation, VerwaltungThemaHinzufuegenMutationVariables>;
export const VerwaltungWenFragenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungWenFragen($topic: String!, $forMunicipality: ID, $first: Int!, $withContacts: Boolean!) {
  whomToAsk(topic: $topic, forMunicipality: $forMunicipality, first: $first) {
    score
    reasons
    report {
      ...AustauschBericht
      municipality {
        digitaleDoerfer {
          status
          hasContactPerson
          contactPerson @include(if: $withContacts) {
            name
            function
            email
            phone
          }
        }
      }
    }
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungWenFragenQuery, VerwaltungWenFragenQueryVariables>;
export const VerwaltungEinTreffenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungEinTreffen($id: ID!) {
  meeting(id: $id) {
    ...AustauschTreffen
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschTreffen on Meeting {
  id
  network
  heldOn
  heldOnPrecision
  title
  format
  place
  tags
  note
  sources
  version
  host {
    ...AustauschKommune
  }
  attendees {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungEinTreffenQuery, VerwaltungEinTreffenQueryVariables>;
export const VerwaltungEinBerichtDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungEinBericht($id: ID!) {
  experienceReport(id: $id) {
    ...AustauschBericht
  }
}
    fragment AustauschKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    name
    type
  }
}
fragment AustauschBericht on ExperienceReport {
  id
  title
  project
  tags
  status
  result
  contactFunction
  version
  createdAt
  updatedAt
  municipality {
    ...AustauschKommune
  }
  topics {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerwaltungEinBerichtQuery, VerwaltungEinBerichtQueryVariables>;
export const VerwaltungMitgliederDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungMitglieder($first: Int!, $after: String, $status: [MembershipStatus!], $asOf: LocalDate, $hasContactPerson: Boolean, $districtArs: ID, $types: [MunicipalityType!]) {
  digitaleDoerferMemberships(
    first: $first
    after: $after
    status: $status
    asOf: $asOf
    hasContactPerson: $hasContactPerson
    districtArs: $districtArs
    types: $types
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        role
        startedOn
        startedOnPrecision
        endedOn
        lastConfirmedOn
        hasContactPerson
        municipality {
          ...VerwaltungMitgliedKommune
        }
      }
    }
  }
}
    fragment VerwaltungMitgliedKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    ars
    name
    type
  }
}`) as unknown as TypedDocumentString<VerwaltungMitgliederQuery, VerwaltungMitgliederQueryVariables>;
export const VerwaltungIkoneMitgliederDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungIkoneMitglieder($after: String) {
  ikoneDsMembers(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        nameAsReported
        role
        joinedOn
        joinedOnPrecision
        firstNamedOn
        firstNamedOnPrecision
        lastConfirmedOn
        lastConfirmedOnPrecision
        countedFrom
        municipality {
          ...VerwaltungMitgliedKommune
        }
      }
    }
  }
}
    fragment VerwaltungMitgliedKommune on Municipality {
  ars
  ags
  name
  type
  verbandsgemeinde {
    name
  }
  district {
    ars
    name
    type
  }
}`) as unknown as TypedDocumentString<VerwaltungIkoneMitgliederQuery, VerwaltungIkoneMitgliederQueryVariables>;
export const VerwaltungLandkreiseDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungLandkreise {
  municipalities(first: 100, filter: {types: [LANDKREIS, KREISFREIE_STADT]}) {
    edges {
      node {
        ars
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungLandkreiseQuery, VerwaltungLandkreiseQueryVariables>;
export const VerwaltungKommuneDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungKommune($key: ID!, $withContacts: Boolean!) {
  municipality(key: $key) {
    ars
    ags
    name
    type
    population
    verbandsgemeinde {
      name
    }
    district {
      name
      type
    }
    digitaleDoerfer {
      ...VerwaltungMitgliedschaftFelder
      signedBy @include(if: $withContacts)
      contactPerson @include(if: $withContacts) {
        name
        function
        email
        phone
        version
      }
    }
    digitaleDoerferHistory {
      ...VerwaltungMitgliedschaftFelder
    }
    digitaleDoerferRoles {
      ...VerwaltungRolleFelder
    }
    ikoneDs {
      role
      joinedOn
      joinedOnPrecision
      firstNamedOn
      firstNamedOnPrecision
      lastConfirmedOn
      lastConfirmedOnPrecision
      note
    }
    meetingsAttended {
      id
      title
      heldOn
      heldOnPrecision
      place
    }
  }
}
    fragment VerwaltungRolleFelder on DigitaleDoerferRoleTerm {
  id
  role
  startedOn
  startedOnPrecision
  endedOn
  endedOnPrecision
  lastConfirmedOn
  note
  sources
  source
  version
}
fragment VerwaltungMitgliedschaftFelder on DigitaleDoerferMembership {
  id
  status
  role
  version
  source
  startedOn
  startedOnPrecision
  endedOn
  lastConfirmedOn
  letterDate
  receivedOn
  decidedOn
  decisionReason
  note
  hasContactPerson
}`) as unknown as TypedDocumentString<VerwaltungKommuneQuery, VerwaltungKommuneQueryVariables>;
export const VerwaltungKommuneBerichteDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungKommuneBerichte($key: ID!) {
  experienceReports(first: 100, municipalityKey: $key) {
    totalCount
    edges {
      node {
        id
        title
        status
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungKommuneBerichteQuery, VerwaltungKommuneBerichteQueryVariables>;
export const VerwaltungAnsprechpersonFestlegenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungAnsprechpersonFestlegen($id: ID!, $version: Int!, $contact: ContactPersonInput!) {
  setContactPerson(
    membershipId: $id
    expectedVersion: $version
    contact: $contact
  ) {
    id
    hasContactPerson
  }
}
    `) as unknown as TypedDocumentString<VerwaltungAnsprechpersonFestlegenMutation, VerwaltungAnsprechpersonFestlegenMutationVariables>;
export const VerwaltungAnsprechpersonEntfernenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungAnsprechpersonEntfernen($id: ID!, $version: Int!) {
  removeContactPerson(membershipId: $id, expectedVersion: $version) {
    id
    hasContactPerson
  }
}
    `) as unknown as TypedDocumentString<VerwaltungAnsprechpersonEntfernenMutation, VerwaltungAnsprechpersonEntfernenMutationVariables>;
export const VerwaltungMitgliedschaftBestaetigenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungMitgliedschaftBestaetigen($id: ID!, $version: Int!, $confirmedOn: LocalDate) {
  confirmMembership(
    membershipId: $id
    expectedVersion: $version
    confirmedOn: $confirmedOn
  ) {
    id
    status
    lastConfirmedOn
    version
  }
}
    `) as unknown as TypedDocumentString<VerwaltungMitgliedschaftBestaetigenMutation, VerwaltungMitgliedschaftBestaetigenMutationVariables>;
export const VerwaltungMitgliedschaftBeendenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungMitgliedschaftBeenden($id: ID!, $version: Int!, $endedOn: LocalDate!, $reason: String) {
  endMembership(
    membershipId: $id
    expectedVersion: $version
    endedOn: $endedOn
    reason: $reason
  ) {
    id
    status
    endedOn
    version
  }
}
    `) as unknown as TypedDocumentString<VerwaltungMitgliedschaftBeendenMutation, VerwaltungMitgliedschaftBeendenMutationVariables>;
export const VerwaltungRolleEintragenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungRolleEintragen($input: RoleTermInput!) {
  recordRoleTerm(input: $input) {
    ...VerwaltungRolleFelder
  }
}
    fragment VerwaltungRolleFelder on DigitaleDoerferRoleTerm {
  id
  role
  startedOn
  startedOnPrecision
  endedOn
  endedOnPrecision
  lastConfirmedOn
  note
  sources
  source
  version
}`) as unknown as TypedDocumentString<VerwaltungRolleEintragenMutation, VerwaltungRolleEintragenMutationVariables>;
export const VerwaltungRolleBeendenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungRolleBeenden($id: ID!, $version: Int!, $endedOn: LocalDate!) {
  endRoleTerm(roleTermId: $id, expectedVersion: $version, endedOn: $endedOn) {
    ...VerwaltungRolleFelder
  }
}
    fragment VerwaltungRolleFelder on DigitaleDoerferRoleTerm {
  id
  role
  startedOn
  startedOnPrecision
  endedOn
  endedOnPrecision
  lastConfirmedOn
  note
  sources
  source
  version
}`) as unknown as TypedDocumentString<VerwaltungRolleBeendenMutation, VerwaltungRolleBeendenMutationVariables>;
export const VerwaltungKommuneSuchenDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungKommuneSuchen($name: String!) {
  municipalities(first: 10, filter: {name: $name}) {
    totalCount
    edges {
      node {
        ars
        ags
        name
        type
        verbandsgemeinde {
          name
        }
        district {
          name
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungKommuneSuchenQuery, VerwaltungKommuneSuchenQueryVariables>;
export const VerwaltungAnmeldungDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungAnmeldung {
  viewer {
    role
    network
  }
}
    `) as unknown as TypedDocumentString<VerwaltungAnmeldungQuery, VerwaltungAnmeldungQueryVariables>;
export const VerwaltungMitgliederImportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VerwaltungMitgliederImport($dryRun: Boolean!, $encoding: FileEncoding!, $content: String!) {
  importMemberships(dryRun: $dryRun, encoding: $encoding, content: $content) {
    format
    sha256
    dryRun
    applied
    refusal
    rows {
      line
      outcome
      municipalityArs
      municipalityName
      reasons
      candidates
    }
  }
}
    `) as unknown as TypedDocumentString<VerwaltungMitgliederImportMutation, VerwaltungMitgliederImportMutationVariables>;
export const VerwaltungRegisterExportDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungRegisterExport($format: ExportFormat!) {
  registryExport(format: $format) {
    fileName
    mediaType
    encoding
    content
  }
}
    `) as unknown as TypedDocumentString<VerwaltungRegisterExportQuery, VerwaltungRegisterExportQueryVariables>;