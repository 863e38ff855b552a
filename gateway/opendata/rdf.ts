// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The vocabularies of the open-data catalogue and its two serialisations: Turtle (n3's writer) and
// JSON-LD, written here from the same quads (n3 has no JSON-LD writer). The catalogue uses no blank
// nodes (every node has an IRI), so both documents hold exactly the same triples.
import { DataFactory, Writer, type Quad } from 'n3';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
} as const;

type Prefix = keyof typeof NS;

/** An IRI written as prefix:local, e.g. term('dcat:Dataset'). */
export function term(name: `${Prefix}:${string}`) {
  const [prefix, local] = name.split(/:(.*)/s) as [Prefix, string];
  return DataFactory.namedNode(NS[prefix] + local);
}

export const iri = (value: string) => DataFactory.namedNode(value);
export const german = (text: string) => DataFactory.literal(text, 'de');
export const plain = (text: string) => DataFactory.literal(text);
export const date = (value: string) => DataFactory.literal(value, term('xsd:date'));

type Subject = ReturnType<typeof iri>;
type ObjectTerm = ReturnType<typeof iri> | ReturnType<typeof plain>;

/** Collects the triples of one node after another (n3's writer groups a subject's consecutive triples). */
export class Graph {
  readonly quads: Quad[] = [];

  add(subject: Subject, properties: [`${Prefix}:${string}`, ObjectTerm | ObjectTerm[] | undefined][]): void {
    for (const [predicate, objects] of properties) {
      for (const object of objects === undefined ? [] : Array.isArray(objects) ? objects : [objects]) {
        this.quads.push(DataFactory.quad(subject, term(predicate), object));
      }
    }
  }
}

export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'text/turtle', prefixes: NS });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;

/** prefix:local where a prefix fits and the rest is a plain local name, else the IRI itself. */
function compact(value: string): string {
  for (const [prefix, namespace] of Object.entries(NS)) {
    const local = value.slice(namespace.length);
    if (value.startsWith(namespace) && /^[A-Za-z_][\w.-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return value;
}

/**
 * JSON-LD 1.1 in flattened form: the prefixes as context, one node object per subject in @graph,
 * every value in an array, IRIs as {"@id"} with the full IRI, literals as {"@value"} with
 * @language or @type. rdflib (ckanext-dcat's harvester) and any JSON-LD processor read it.
 */
export function toJsonLd(quads: Quad[]): string {
  const nodes = new Map<string, Record<string, unknown[] | string>>();
  for (const { subject, predicate, object } of quads) {
    if (subject.termType !== 'NamedNode') throw new Error(`the catalogue has a ${subject.termType} subject; give it an IRI`);
    let node = nodes.get(subject.value);
    if (!node) nodes.set(subject.value, (node = { '@id': subject.value }));
    const key = predicate.value === RDF_TYPE ? '@type' : compact(predicate.value);
    const values = (node[key] ??= []) as unknown[];
    if (predicate.value === RDF_TYPE) values.push(compact(object.value));
    else if (object.termType === 'NamedNode') values.push({ '@id': object.value });
    else if (object.termType === 'Literal' && object.language) values.push({ '@value': object.value, '@language': object.language });
    else if (object.termType === 'Literal' && object.datatype.value !== XSD_STRING)
      values.push({ '@value': object.value, '@type': compact(object.datatype.value) });
    else if (object.termType === 'Literal') values.push({ '@value': object.value });
    else throw new Error(`the catalogue has a ${object.termType} object; give it an IRI`);
  }
  return JSON.stringify({ '@context': NS, '@graph': [...nodes.values()] }, null, 2) + '\n';
}
