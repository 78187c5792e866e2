import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slugify } from '../slug';
import { EFFRA_DOMAIN_CODES, EFFRA_DOMAINS } from './effra-domains';
import { FUNDING_INSTRUMENTS } from './funding-instruments';
import { INITIATIVES } from './initiatives';
import { PARTNERS, type PartnerData } from './partners';
import { PHASES } from './phases';
import { REGIONS } from './regions';
import { STREAMS } from './streams';

// The reference data is checked against the concept note it was taken from
// (docs/4m4iof-concept-note.txt, a plain-text copy of the submitted PDF).
function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json'))
    ? from
    : workspaceRoot(dirname(from));
}
const NOTE = readFileSync(
  join(workspaceRoot(), 'docs/4m4iof-concept-note.txt'),
  'utf8',
);
const LINES = NOTE.split('\n');

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const squash = (text: string) => fold(text).replace(/\s+/g, '');
const noteSection = (from: string, to: string) => {
  const start = NOTE.indexOf(from);
  const end = NOTE.indexOf(to, start + from.length);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return NOTE.slice(start, end);
};
const partner = (slug: string): PartnerData => {
  const found = PARTNERS.find((p) => p.slug === slug);
  if (!found) throw new Error(`no partner ${slug}`);
  return found;
};

// How the note's tables spell each partner.
const ANNEX_1_LABEL: Record<string, string> = {
  plastipolis: 'Plastipolis',
  viameca: 'ViaMéca',
  minalogic: 'Minalogic',
  afil: 'AFIL',
  'microtec-sudwest': 'microTEC Südwest',
  bwcon: 'bwcon',
  'flanders-make': 'Flanders Make',
  'cluj-it-cluster': 'Cluj IT Cluster',
  'pool-net': 'Poolnet',
  'cluster-digital-de-catalunya': 'Cluster Digital de Catalunya',
  cep: 'CEP: Centro Español de Plásticos',
};
const EFFRA_MAPPING_LABEL: Record<string, string> = {
  minalogic: 'Minalogic',
  viameca: 'Viaméca',
  plastipolis: 'Plastipolis',
  afil: 'AFIL',
  eurecat: 'EURECAT',
  cep: 'CEP',
  'cluster-digital-de-catalunya': 'Digital Cluster Catalunya',
  'flanders-make': 'Flanders Make',
  'microtec-sudwest': 'microTEC Südwest',
  bwcon: 'BwCon',
  'cluj-it-cluster': 'Cluj IT',
  'pool-net': 'Poolnet',
};

describe('regions', () => {
  it('are the Four Motors, their four associates and the two extended regions', () => {
    const byKind = (kind: string) =>
      REGIONS.filter((r) => r.membership === kind).map((r) => fold(r.name));
    const summary = fold(
      noteSection('The **Four Motors for Europe**', 'Under the 4M Chair'),
    );
    expect(byKind('four_motors')).toEqual([
      'auvergne-rhone-alpes',
      'baden-wurttemberg',
      'catalonia',
      'lombardy',
    ]);
    for (const name of byKind('four_motors')) expect(summary).toContain(name);
    expect(summary).toContain(
      'flanders (belgium), wales (uk), malopolska (poland) and, more recently, quebec (canada)',
    );
    expect(byKind('associate')).toEqual([
      'flanders',
      'wales',
      'małopolska',
      'quebec',
    ]);
    expect(byKind('extended')).toEqual([
      'north-west romania',
      'centro portugal',
    ]);
    expect(fold(NOTE)).toContain('north-west (romania) and centro (portugal)');
  });

  it('keep their accents and use the NUTS 2021 (or ISO 3166-2) codes', () => {
    expect(REGIONS.map((r) => [r.code, r.name])).toEqual([
      ['FRK', 'Auvergne-Rhône-Alpes'],
      ['DE1', 'Baden-Württemberg'],
      ['ES51', 'Catalonia'],
      ['ITC4', 'Lombardy'],
      ['BE2', 'Flanders'],
      ['UKL', 'Wales'],
      ['PL21', 'Małopolska'],
      ['CA-QC', 'Québec'],
      ['RO11', 'North-West Romania'],
      ['PT16', 'Centro Portugal'],
    ]);
  });

  it('name the country of each region', () => {
    expect(Object.fromEntries(REGIONS.map((r) => [r.code, r.country]))).toEqual(
      {
        FRK: 'FR',
        DE1: 'DE',
        ES51: 'ES',
        ITC4: 'IT',
        BE2: 'BE',
        UKL: 'GB',
        PL21: 'PL',
        'CA-QC': 'CA',
        RO11: 'RO',
        PT16: 'PT',
      },
    );
  });
});

describe('partners', () => {
  it('are the twelve organisations of the consortium, from six countries', () => {
    expect(PARTNERS.map((p) => p.name)).toEqual([
      'Plastipolis',
      'Viaméca',
      'Minalogic',
      'AFIL',
      'microTEC Südwest',
      'bwcon',
      'Eurecat',
      'CEP',
      'Clúster Digital de Catalunya',
      'Flanders Make',
      'Cluj IT Cluster',
      'Pool-Net',
    ]);
    expect(NOTE).toContain('composed of 12 clusters or other organizations');
    const countries = new Set(
      PARTNERS.map(
        (p) => REGIONS.find((r) => r.code === p.regionCode)?.country,
      ),
    );
    expect(countries).toEqual(
      new Set(['FR', 'IT', 'DE', 'ES', 'BE', 'RO', 'PT']),
    );
    // The note counts 6 countries when the consortium was 10 partners; with Romania it is 7.
    expect(NOTE).toContain('Partners come from 6 different countries');
  });

  it('have stable ASCII slugs made from their names', () => {
    for (const p of PARTNERS) expect(p.slug).toBe(slugify(p.name));
    expect(PARTNERS.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['plastipolis', 'microtec-sudwest', 'pool-net']),
    );
    expect(new Set(PARTNERS.map((p) => p.slug)).size).toBe(PARTNERS.length);
  });

  it('have Plastipolis, and only Plastipolis, as coordinator', () => {
    expect(PARTNERS.filter((p) => p.coordinator).map((p) => p.slug)).toEqual([
      'plastipolis',
    ]);
    expect(NOTE).toContain(
      'Plastipolis will coordinate the activities of this initiative',
    );
  });

  it('sit in the regions the consortium list gives them', () => {
    const list = noteSection(
      '- o Auvergne Rhône-Alpes',
      'All partner organizations',
    );
    const blocks: Record<string, string> = {
      FRK: 'Auvergne Rhône-Alpes',
      ITC4: 'Lombardy',
      DE1: 'Baden-Wurttemberg',
      ES51: 'Catalonia',
      BE2: 'Flanders',
      RO11: 'Romania Transylvania',
      PT16: 'Região Centro Portugal',
    };
    for (const p of PARTNERS) {
      const header = list.indexOf(blocks[p.regionCode]);
      expect(header).toBeGreaterThanOrEqual(0);
      const nextHeaders = Object.values(blocks)
        .map((h) => list.indexOf(h))
        .filter((i) => i > header);
      const block = list.slice(header, Math.min(list.length, ...nextHeaders));
      const label =
        p.slug === 'pool-net'
          ? 'Poolnet'
          : p.slug === 'viameca'
            ? 'Viameca'
            : p.name;
      expect(fold(block)).toContain(fold(label));
    }
  });

  describe('figures from Annex 1', () => {
    const annex = LINES.slice(
      LINES.findIndex((l) => l.startsWith('1. Consortium partners in figures')),
    );
    const annexRow = (slug: string) => {
      const label = ANNEX_1_LABEL[slug];
      const row = annex.find(
        (l) => l.split('\t')[0].replace(/<\/?u>/g, '') === label,
      );
      if (!row) throw new Error(`Annex 1 has no row for ${label}`);
      return row.split('\t');
    };
    const firstNumber = (cell: string) => Number(/\d+/.exec(cell)?.[0]);

    it.each(Object.keys(ANNEX_1_LABEL))('match the row of %s', (slug) => {
      const [, size, , smes, thematic] = annexRow(slug);
      const p = partner(slug);
      expect(p.networkSize).toBe(firstNumber(size));
      expect(p.smes).toBe(firstNumber(smes));
      if (p.networkSizeNote)
        expect(squash(size)).toBe(squash(p.networkSizeNote));
      if (p.smesNote) expect(squash(smes)).toBe(squash(p.smesNote));
      // The note's "laaS" is a transcription slip for IaaS.
      expect(squash(thematic.replace('laaS', 'IaaS'))).toBe(squash(p.thematic));
    });

    it('leave Eurecat without figures, as Annex 1 does', () => {
      expect(
        annex.some((l) => fold(l.split('\t')[0]).startsWith('eurecat')),
      ).toBe(false);
      expect(partner('eurecat')).toMatchObject({
        networkSize: null,
        smes: null,
      });
    });

    it('add up to the network the note announces (about 2500 organisations, 1500 SMEs)', () => {
      const total = (key: 'networkSize' | 'smes') =>
        PARTNERS.reduce((sum, p) => sum + (p[key] ?? 0), 0);
      expect(NOTE).toContain(
        'representing 2500 organisations including 1500 SMEs',
      );
      expect(total('networkSize')).toBe(2443);
      expect(total('smes')).toBe(1565);
    });
  });

  it('carry every mark of the EFFRA domains mapping', () => {
    const headerIndex = LINES.findIndex((l) =>
      l.startsWith('\tMinalogic\tViaméca'),
    );
    const header = LINES[headerIndex].split('\t').slice(1);
    const marked: Record<string, string[]> = {};
    for (const line of LINES.slice(headerIndex + 1, headerIndex + 7)) {
      const [label, ...cells] = line.split('\t');
      const domain = label.slice(0, 2);
      cells.forEach((cell, column) => {
        if (cell.trim()) (marked[header[column]] ??= []).push(domain);
      });
    }
    for (const p of PARTNERS) {
      expect([p.slug, p.effraDomains]).toEqual([
        p.slug,
        marked[EFFRA_MAPPING_LABEL[p.slug]] ?? [],
      ]);
    }
  });
});

describe('EFFRA domains', () => {
  it('are D1 to D6 with the titles of the mapping', () => {
    expect(EFFRA_DOMAINS.map((d) => d.code)).toEqual([...EFFRA_DOMAIN_CODES]);
    for (const d of EFFRA_DOMAINS) {
      expect(NOTE).toContain(`${d.code} ${d.title} ${d.description}`);
    }
  });
});

describe('phases', () => {
  it('are Preparation, Implementation and Investment, in that order, as in B.1', () => {
    expect(PHASES.map((p) => [p.position, p.key, p.name])).toEqual([
      [1, 'preparation', 'Preparation'],
      [2, 'implementation', 'Implementation'],
      [3, 'investment', 'Investment'],
    ]);
    const organisation = fold(
      noteSection(
        '1. Project organisation',
        '2. Activities of the partnership',
      ),
    );
    for (const phase of PHASES) {
      const firstWords = fold(phase.description).split(/[.(]/)[0];
      expect(organisation).toContain(
        `${phase.key}</u>: ${firstWords}`.replace(
          /^preparation<\/u>/,
          'preparation',
        ),
      );
    }
  });
});

describe('activity streams', () => {
  it('are the five of B.4, titled as there', () => {
    const governance = noteSection('4. Governance', 'C. Annexes');
    expect(STREAMS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (const stream of STREAMS) {
      expect(governance).toContain(`${stream.number}. ${stream.title}`);
      expect(stream.code).toBe(`S${stream.number}`);
    }
  });
});

describe('regional initiatives', () => {
  const activity = {
    1: noteSection(
      '1. Connection of the different "Manufacturing',
      '- 2. Connection and coordination',
    ),
    2: noteSection(
      '- 2. Connection and coordination',
      '3. Joint roadmap on industry 4.0',
    ),
  };
  // How each activity list heads the block of a region.
  const REGION_HEADINGS: Record<string, string> = {
    FRK: 'Auvergne Rhône-Alpes',
    DE1: 'Baden Württemberg',
    ITC4: 'Lombardy',
    ES51: 'Catalonia',
    PT16: 'Região Centro',
    BE2: 'Flanders',
    RO11: 'North-West Transylvania',
  };
  // Where the product's wording differs from the note's (typos, quotes, summaries).
  const NOTE_WORDING: Record<string, string> = {
    'dih-on-high-performance-computing': 'DIH on High Perfomance Computing',
    'alliance-industry-4-0-baden-wurttemberg-partners':
      'Link with the partnering organizations of the Alliance Industry 4.0 Baden-Württemberg',
    'domaine-excellence-industrie-du-futur':
      'industrie du futur et production industrielle',
    'ambition-industrie-du-futur':
      'Regional action plan « Ambition Industrie du Futur »',
    'romania-national-rdi-strategy-2014-2020':
      'National Strategy for Research, Development and Innovation 2014 2020',
    'north-west-regional-ris3-strategy':
      'Regional RIS3 strategy under development with assistance from DG JRC and DG Regio',
  };
  const regionBlock = (stream: 1 | 2, regionCode: string) => {
    const lines = activity[stream].split('\n');
    const headings = Object.values(REGION_HEADINGS);
    const heading = (line: string) =>
      line
        .trim()
        .replace(/^(?:[-o•]\s+)+/, '')
        .replace(/:$/, '');
    const start = lines.findIndex(
      (l) => heading(l) === REGION_HEADINGS[regionCode],
    );
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = lines.slice(start + 1);
    const end = rest.findIndex((l) => headings.includes(heading(l)));
    return (end < 0 ? rest : rest.slice(0, end)).join('\n');
  };

  it.each(INITIATIVES.map((i) => [i.slug, i] as const))(
    '%s is listed under its region and activity',
    (slug, initiative) => {
      const wording = NOTE_WORDING[slug] ?? initiative.name;
      expect(
        squash(regionBlock(initiative.stream, initiative.regionCode)),
      ).toContain(squash(wording));
    },
  );

  it('cover every region block of activities 1 and 2', () => {
    for (const stream of [1, 2] as const) {
      const regions = new Set(
        INITIATIVES.filter((i) => i.stream === stream).map((i) => i.regionCode),
      );
      expect(regions).toEqual(new Set(Object.keys(REGION_HEADINGS)));
    }
    expect(INITIATIVES).toHaveLength(21);
    expect(new Set(INITIATIVES.map((i) => i.slug)).size).toBe(
      INITIATIVES.length,
    );
  });
});

describe('funding instruments', () => {
  const toolbox = noteSection(
    '3. Future Project financing schemes',
    '4. Governance',
  );

  it('include every financing scheme of the toolbox', () => {
    const schemes = FUNDING_INSTRUMENTS.filter((f) => f.era === 'toolbox');
    expect(schemes.map((f) => f.slug)).toEqual([
      'interreg',
      'h2020',
      'cosme',
      'watify-reconfirm',
      'efsi',
    ]);
    for (const scheme of schemes) expect(toolbox).toContain(scheme.name);
    expect(toolbox).toContain(
      'Interreg (Europe, Alpine Space, Central Europe, SUDOE, MED, DTP)',
    );
  });

  it('include the current successors, and every successor named exists', () => {
    const slugs = FUNDING_INSTRUMENTS.map((f) => f.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'interreg-europe',
        'interreg-alpine-space',
        'interreg-central-europe',
        'interreg-sudoe',
        'interreg-euro-med',
        'interreg-danube',
        'horizon-europe',
        'digital-europe',
        'erdf',
        'single-market-programme',
        'investeu',
      ]),
    );
    for (const f of FUNDING_INSTRUMENTS) {
      for (const successor of f.successors) expect(slugs).toContain(successor);
      expect(f.slug).toBe(slugify(f.slug));
    }
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
