import type { ActionStatus, Health, PhaseKey } from '@ws/domain';

// SPEC §7, SEED=demo: a sample joint action plan built from the concept note
// (A.2 area of partnership, B.2 activities, B.3 toolbox, B.4 governance).
// Every date is a number of Brussels calendar days from the day the demo is
// seeded (negative: in the past), so the plan always looks alive.

/** Calendar days from the seeding day; negative in the past */
export type DemoDay = number;

/** The plan's first preparation actions started about eight months ago */
export const PLAN_STARTED: DemoDay = -240;
/** The steering committee adopted the joint action plan about five months ago */
export const PLAN_ADOPTED: DemoDay = -150;
/** Hour (Brussels) of the steering-committee session that adopted the plan */
export const PLAN_ADOPTED_HOUR = 15;

export interface DemoUpdate {
  day: DemoDay;
  status: ActionStatus;
  progress: number;
  health: Health;
  comment: string | null;
  nextSteps: string | null;
  blockers: string | null;
}

export interface DemoMilestone {
  title: string;
  due: DemoDay;
  done: DemoDay | null;
}

export interface DemoIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number | null;
}

/** A comment by the editor of a contributing partner */
export interface DemoComment {
  by: string;
  day: DemoDay;
  body: string;
}

export interface DemoAction {
  /** Stream code and sequence, e.g. S3-04; the stream is taken from it */
  code: string;
  title: string;
  description: string;
  phase: PhaseKey;
  /** Partner slugs */
  lead: string;
  contributors: string[];
  /** NUTS 2021 codes */
  regions: string[];
  start: DemoDay;
  due: DemoDay;
  /** When the action entered the plan; defaults by phase (see createdDay) */
  created?: DemoDay;
  milestones: DemoMilestone[];
  indicators?: DemoIndicator[];
  /** Oldest first, written by the lead partner's editor */
  updates: DemoUpdate[];
  comments?: DemoComment[];
}

/** Preparation actions were in the plan from the start; the others were drafted before adoption. */
export function createdDay(action: DemoAction): DemoDay {
  return (
    action.created ?? (action.phase === 'preparation' ? PLAN_STARTED : -165)
  );
}

const update = (
  day: DemoDay,
  status: ActionStatus,
  progress: number,
  health: Health,
  text: { comment?: string; nextSteps?: string; blockers?: string } = {},
): DemoUpdate => ({
  day,
  status,
  progress,
  health,
  comment: text.comment ?? null,
  nextSteps: text.nextSteps ?? null,
  blockers: text.blockers ?? null,
});

const milestone = (
  title: string,
  due: DemoDay,
  done: DemoDay | null = null,
): DemoMilestone => ({ title, due, done });

const indicator = (
  name: string,
  unit: string,
  baseline: number,
  target: number,
  actual: number | null,
): DemoIndicator => ({ name, unit, baseline, target, actual });

const PARTNER_REGIONS = ['FRK', 'DE1', 'ES51', 'ITC4', 'BE2', 'RO11', 'PT16'];
const ALL_BUT = (lead: string) =>
  [
    'plastipolis',
    'viameca',
    'minalogic',
    'afil',
    'microtec-sudwest',
    'bwcon',
    'eurecat',
    'cep',
    'cluster-digital-de-catalunya',
    'flanders-make',
    'cluj-it-cluster',
    'pool-net',
  ].filter((slug) => slug !== lead);

export const DEMO_PLAN: readonly DemoAction[] = [
  // Stream 1: connection to the regional Industry 4.0 alliances (B.2, activity 1)
  {
    code: 'S1-01',
    title:
      "Connect Allianz Industrie 4.0 with the Collectif des Pôles Auvergne-Rhône-Alpes pour l'Industrie du Futur",
    description:
      'Connect the Baden-Württemberg network Allianz Industrie 4.0 with the group of seven Auvergne-Rhône-Alpes clusters for the industry of the future. Regular exchanges between the two alliances give their members a direct route to partners in the other region.',
    phase: 'preparation',
    lead: 'bwcon',
    contributors: ['microtec-sudwest', 'plastipolis', 'viameca', 'minalogic'],
    regions: ['DE1', 'FRK'],
    start: -236,
    due: -120,
    milestones: [
      milestone('First joint meeting of the two alliances', -200, -203),
      milestone(
        'Working session in Stuttgart with the seven clusters of the Collectif',
        -150,
        -146,
      ),
      milestone('Memorandum of cooperation signed', -125, -122),
    ],
    updates: [
      update(-225, 'in_progress', 15, 'green', {
        nextSteps:
          'Agree the agenda of the first joint meeting with the Allianz office and the secretariat of the Collectif.',
      }),
      update(-203, 'in_progress', 45, 'green', {
        comment:
          'First joint meeting held online with nine organisations from both regions.',
        nextSteps:
          'Organise the working session in Stuttgart; draft the memorandum of cooperation.',
      }),
      update(-146, 'in_progress', 80, 'amber', {
        comment:
          'Working session held in Stuttgart, but the memorandum needs the approval of the Allianz steering board, which meets every two months.',
        nextSteps: 'Submit the memorandum to the next Allianz steering board.',
        blockers: 'Approval of the Allianz steering board pending',
      }),
      update(-122, 'completed', 100, 'green', {
        comment:
          'Memorandum of cooperation signed by Allianz Industrie 4.0 and the Collectif des Pôles; contact lists shared with all partners.',
      }),
    ],
    comments: [
      {
        by: 'plastipolis',
        day: -150,
        body: 'The Collectif will send two members of its board to the Stuttgart session.',
      },
    ],
  },
  {
    code: 'S1-02',
    title:
      'Link the Lombardy Intelligent Factory ecosystem to the 4M4IoF working group',
    description:
      "Connect the Lombardy Intelligent Factory ecosystem, represented by AFIL, to the partnership's working sessions. AFIL's members, the National Technology Cluster Fabbrica Intelligente and Confindustria Lombardia are invited to contribute.",
    phase: 'preparation',
    lead: 'afil',
    contributors: ['plastipolis', 'eurecat'],
    regions: ['ITC4', 'FRK'],
    start: -232,
    due: -160,
    milestones: [
      milestone("4M4IoF presented to the AFIL members' assembly", -190, -192),
      milestone('Lombardy contact list shared with the partners', -165, -162),
    ],
    updates: [
      update(-220, 'in_progress', 20, 'green', {
        nextSteps: "Present 4M4IoF at the AFIL members' assembly.",
      }),
      update(-192, 'in_progress', 60, 'green', {
        comment:
          'Presentation well received: 14 companies asked to be kept informed.',
        nextSteps:
          'Compile the Lombardy contact list by technology domain (EFFRA D1–D6).',
      }),
      update(-162, 'completed', 100, 'green', {
        comment:
          'Contact list of 31 Lombardy organisations shared with the partners.',
      }),
    ],
  },
  {
    code: 'S1-03',
    title:
      'Bring Plataforma Industrial 4.0, the Big Data CoE and the HPC Digital Innovation Hub into the partnership',
    description:
      'Connect the Catalan Industry 4.0 initiatives (Plataforma Industrial 4.0, the Big Data Centre of Excellence and the Digital Innovation Hub on High Performance Computing) to the partnership. Each initiative names a contact person and presents its services to the partners.',
    phase: 'preparation',
    lead: 'cluster-digital-de-catalunya',
    contributors: ['eurecat', 'cep'],
    regions: ['ES51'],
    start: -228,
    due: -12,
    milestones: [
      milestone('Contact persons named by the three initiatives', -180, -176),
      milestone(
        'Joint presentation of the Catalan initiatives to the partners',
        -60,
        -51,
      ),
      milestone('Service catalogue of the three initiatives published', -12),
    ],
    updates: [
      update(-215, 'in_progress', 10, 'green', {
        nextSteps: 'Contact the coordinators of the three initiatives.',
      }),
      update(-176, 'in_progress', 35, 'green', {
        comment:
          'Plataforma Industrial 4.0 and the Big Data CoE named their contact persons; the HPC hub followed a week later.',
      }),
      update(-120, 'in_progress', 50, 'green', {
        nextSteps:
          'Prepare the joint presentation for the next working session.',
      }),
      update(-51, 'in_progress', 65, 'amber', {
        comment:
          'Presentation held, but the HPC hub has not sent its service description yet, which delays the catalogue.',
        nextSteps:
          'Publish the catalogue with the two descriptions available if nothing arrives within two weeks.',
        blockers: 'Service description of the HPC hub missing',
      }),
      update(-16, 'in_progress', 70, 'amber', {
        comment:
          'Catalogue ready for two of the three initiatives; the due date will be missed.',
        nextSteps:
          'Ask the steering committee to move the due date by one month.',
        blockers: 'Service description of the HPC hub still missing',
      }),
    ],
    comments: [
      {
        by: 'eurecat',
        day: -49,
        body: "Eurecat can put you in touch with the HPC hub's new technical director.",
      },
    ],
  },
  {
    code: 'S1-04',
    title:
      'Bring the regional coordination groups of Centro, North-West Romania and Flanders into the network',
    description:
      'Connect the regional coordination groups for economic development of Centro and North-West Romania, and the Flemish regional coordination group, with the alliances of the Four Motors. The extended regions learn from the more developed ones, which in turn find new sources of innovation.',
    phase: 'implementation',
    lead: 'pool-net',
    contributors: ['cluj-it-cluster', 'flanders-make', 'plastipolis'],
    regions: ['PT16', 'RO11', 'BE2'],
    start: -140,
    due: 120,
    milestones: [
      milestone(
        'Joint online meeting of the three coordination groups',
        -90,
        -85,
      ),
      milestone(
        'Study visit of the Centro and North-West groups to Auvergne-Rhône-Alpes',
        35,
      ),
      milestone('Cooperation agreement with the three groups', 110),
    ],
    updates: [
      update(-135, 'in_progress', 10, 'green', {
        nextSteps: 'Invite the three groups to a joint online meeting.',
      }),
      update(-85, 'in_progress', 30, 'green', {
        comment:
          'All three groups attended; the Centro Regional Coordination and Development Commission offered to host the next meeting.',
        nextSteps: 'Prepare the study visit to Auvergne-Rhône-Alpes.',
      }),
      update(-21, 'in_progress', 45, 'green', {
        nextSteps:
          'Confirm the programme of the study visit with Plastipolis and Viaméca.',
      }),
    ],
    comments: [
      {
        by: 'cluj-it-cluster',
        day: -84,
        body: 'The North-West Regional Development Agency confirmed two participants for the study visit.',
      },
    ],
  },
  {
    code: 'S1-05',
    title: 'Annual 4M4IoF forum on the industry of the future',
    description:
      'Organise the annual forum of the partnership, following the "Industrie 2020 First" event in Lyon where the 4M4IoF working group was created. It gathers clusters, innovation agencies, experts, technical centres and the regional authorities of the Four Motors and associates.',
    phase: 'implementation',
    lead: 'plastipolis',
    contributors: ['viameca', 'minalogic', 'bwcon', 'afil', 'eurecat'],
    regions: ['FRK', 'DE1', 'ES51', 'ITC4'],
    start: -130,
    due: 75,
    milestones: [
      milestone('Venue and date agreed', -100, -98),
      milestone('Programme and speakers confirmed', -30, -26),
      milestone('Registration opens', 20),
      milestone('Forum held in Lyon', 60),
    ],
    indicators: [
      indicator('Speakers confirmed', 'speakers', 0, 24, 19),
      indicator('Participants', 'participants', 0, 400, null),
    ],
    updates: [
      update(-128, 'in_progress', 10, 'green', {
        nextSteps:
          'Agree the venue and the date with the Agence Régionale Auvergne-Rhône-Alpes.',
      }),
      update(-98, 'in_progress', 25, 'green', {
        comment: 'Venue booked in Lyon; the date is shared with the partners.',
      }),
      update(-60, 'in_progress', 40, 'green', {
        nextSteps: 'Collect speaker proposals from every partner.',
      }),
      update(-26, 'in_progress', 55, 'green', {
        comment: 'Programme confirmed with 19 speakers from the ten regions.',
        nextSteps:
          'Open registration and send the save-the-date to the members of all partners.',
      }),
    ],
  },
  {
    code: 'S1-06',
    title:
      "Report the partnership's results to the regional authorities and steering committees",
    description:
      'Keep the regional authorities informed of the main deliverables and present them to the regional steering committee "Ambition Industrie du Futur" and its counterparts in the other regions. The authorities organise specific working sessions to promote and disseminate the results.',
    phase: 'implementation',
    lead: 'minalogic',
    contributors: ['plastipolis', 'viameca'],
    regions: ['FRK'],
    start: -120,
    due: 90,
    milestones: [
      milestone(
        'Results presented to the Comité de pilotage "Ambition Industrie du Futur"',
        -50,
        -44,
      ),
      milestone('Dissemination session with the Four Motors authorities', 45),
    ],
    updates: [
      update(-110, 'in_progress', 10, 'green', {
        nextSteps:
          'Write a two-page summary of the joint action plan for the authorities.',
      }),
      update(-44, 'in_progress', 30, 'green', {
        comment:
          'Presented to the Comité de pilotage; the Region asked for a follow-up after the forum.',
        nextSteps:
          'Agree a date for the dissemination session with the Four Motors secretariat.',
      }),
    ],
    comments: [
      {
        by: 'plastipolis',
        day: -20,
        body: 'Could you post an update? The steering committee reviews this action at its next session.',
      },
    ],
  },

  // Stream 2: coordination of the regional S3 activities (B.2, activity 2)
  {
    code: 'S2-01',
    title:
      'Map the Industry of the Future competences and S3 priorities of the partner regions',
    description:
      'Map the smart specialisation priorities and the Industry 4.0 competences of the seven partner regions, with the EFFRA domains D1–D6 as a common grid. The mapping shows where the regional S3 priorities converge on Smart Manufacturing.',
    phase: 'preparation',
    lead: 'plastipolis',
    contributors: ALL_BUT('plastipolis'),
    regions: PARTNER_REGIONS,
    start: -238,
    due: -170,
    milestones: [
      milestone('Mapping template agreed (EFFRA domains D1–D6)', -215, -218),
      milestone('Regional mappings collected', -190, -186),
      milestone(
        'Consolidated mapping presented to the steering committee',
        -172,
        -171,
      ),
    ],
    indicators: [
      indicator('Regions mapped', 'regions', 0, 7, 7),
      indicator('Partner questionnaires returned', 'questionnaires', 0, 12, 12),
    ],
    updates: [
      update(-232, 'in_progress', 10, 'green', {
        nextSteps: 'Circulate the mapping template to the partners.',
      }),
      update(-205, 'in_progress', 40, 'green', {
        comment: 'Template agreed; eight questionnaires already returned.',
      }),
      update(-186, 'in_progress', 70, 'amber', {
        comment:
          'Two regional mappings arrived late; the consolidation slips by one week.',
        nextSteps: 'Consolidate the mappings for the steering committee.',
      }),
      update(-171, 'completed', 100, 'green', {
        comment:
          'Consolidated mapping presented to and approved by the steering committee.',
      }),
    ],
  },
  {
    code: 'S2-02',
    title:
      'Map the RIS3CAT communities on Indústria del Futur and Fabricació Additiva',
    description:
      'Map the members, projects and priorities of the Catalan RIS3CAT communities on the industry of the future and on additive manufacturing, and find their counterparts in the other partner regions.',
    phase: 'preparation',
    lead: 'eurecat',
    contributors: ['cep', 'cluster-digital-de-catalunya'],
    regions: ['ES51'],
    start: -230,
    due: -150,
    milestones: [
      milestone('Members and projects of both communities listed', -190, -193),
      milestone('Counterparts identified in the partner regions', -155, -152),
    ],
    updates: [
      update(-222, 'in_progress', 15, 'green', {
        nextSteps: 'Ask both communities for their member and project lists.',
      }),
      update(-193, 'in_progress', 50, 'green', {
        nextSteps:
          'Match the priorities of the communities with the regional mappings of S2-01.',
      }),
      update(-152, 'completed', 100, 'green', {
        comment:
          'Mapping delivered: 46 organisations and 12 projects, with counterparts in five regions.',
      }),
    ],
  },
  {
    code: 'S2-03',
    title:
      'Share the joint priorities with the Lombardy RIS3 monitoring group and Cluster Steering Committee',
    description:
      "Present the partnership's joint priorities to the Lombardy RIS3 monitoring group and the Cluster Steering Committee, so that the regional calls of Regione Lombardia can support interregional Industry 4.0 projects.",
    phase: 'implementation',
    lead: 'afil',
    contributors: ['plastipolis'],
    regions: ['ITC4'],
    start: -145,
    due: 60,
    milestones: [
      milestone('Presentation to the RIS3 monitoring group', -100, -97),
      milestone('Joint priorities referenced in a regional call', 50),
    ],
    updates: [
      update(-140, 'in_progress', 15, 'green', {
        nextSteps: 'Request a slot at the RIS3 monitoring group.',
      }),
      update(-97, 'in_progress', 40, 'green', {
        comment:
          'The monitoring group is interested in interregional projects on additive manufacturing.',
      }),
      update(-28, 'in_progress', 60, 'green', {
        nextSteps:
          'Follow up the draft call text with Regione Lombardia before its publication.',
      }),
    ],
  },
  {
    code: 'S2-04',
    title:
      'Identify common-interest themes and synergies across the regional S3',
    description:
      'Run workshops that identify the themes of common interest and the synergies between the regional S3, starting from the competence mapping. The selected themes feed the joint roadmap on Industry 4.0.',
    phase: 'preparation',
    lead: 'minalogic',
    contributors: ['plastipolis', 'afil', 'eurecat', 'flanders-make', 'bwcon'],
    regions: ['FRK', 'ITC4', 'ES51', 'BE2', 'DE1'],
    start: -220,
    due: -160,
    milestones: [
      milestone('First workshop in Grenoble', -200, -201),
      milestone('Second workshop (online)', -182, -182),
      milestone('Third workshop and shortlist of themes', -165, -163),
    ],
    indicators: [indicator('Workshops held', 'workshops', 0, 3, 3)],
    updates: [
      update(-210, 'in_progress', 10, 'green', {
        nextSteps: 'Invite the partners to the first workshop in Grenoble.',
      }),
      update(-201, 'in_progress', 35, 'green', {
        comment: 'First workshop held with 27 participants from five regions.',
      }),
      update(-182, 'in_progress', 65, 'green', {
        nextSteps: 'Prepare the shortlist of themes for the third workshop.',
      }),
      update(-163, 'completed', 100, 'green', {
        comment:
          'Eight common themes selected, from additive manufacturing to cyber-security.',
      }),
    ],
  },
  {
    code: 'S2-05',
    title:
      'Feed Industry 4.0 priorities into the North-West Romania RIS3 strategy',
    description:
      "Contribute the partnership's Industry 4.0 priorities to the regional RIS3 strategy of North-West Romania, prepared with the assistance of DG JRC and DG Regio. Companies from Baden-Württemberg with branch offices in Cluj bring their needs to the consultation.",
    phase: 'preparation',
    lead: 'cluj-it-cluster',
    contributors: ['bwcon', 'microtec-sudwest'],
    regions: ['RO11', 'DE1'],
    start: -225,
    due: -20,
    milestones: [
      milestone(
        'Position paper drafted with bwcon and microTEC Südwest',
        -170,
        -166,
      ),
      milestone(
        'Position paper submitted to the regional consultation',
        -90,
        -88,
      ),
      milestone(
        'Industry 4.0 priorities included in the adopted strategy',
        -20,
      ),
    ],
    updates: [
      update(-218, 'in_progress', 10, 'green', {
        nextSteps:
          'Collect the needs of the Baden-Württemberg companies with branch offices in Cluj.',
      }),
      update(-166, 'in_progress', 35, 'green', {
        comment: 'Position paper drafted with bwcon and microTEC Südwest.',
      }),
      update(-88, 'in_progress', 55, 'green', {
        comment:
          'Position paper submitted to the North-West Regional Development Agency.',
      }),
      update(-18, 'in_progress', 65, 'amber', {
        comment:
          'The adoption of the regional strategy has been postponed; our contribution is in the current draft.',
        nextSteps:
          'Ask the agency for the new adoption date and present the draft at the next steering committee.',
        blockers: 'Adoption of the regional strategy postponed',
      }),
    ],
  },
  {
    code: 'S2-06',
    title:
      'Connect the Smart Specialisation Platform Flanders with the Domaine d\'Excellence "industrie du futur et production industrielle"',
    description:
      "Organise exchanges between the Flemish smart specialisation platform and the Auvergne-Rhône-Alpes Domaine d'Excellence on industry of the future and industrial production. The two regions compare their support instruments and look for joint calls.",
    phase: 'implementation',
    lead: 'flanders-make',
    contributors: ['viameca', 'minalogic'],
    regions: ['BE2', 'FRK'],
    start: -140,
    due: 100,
    milestones: [
      milestone('Exchange visit in Leuven', -80, -78),
      milestone('Comparison of the support instruments', 40),
    ],
    updates: [
      update(-135, 'in_progress', 10, 'green', {
        nextSteps: 'Plan the exchange visit in Leuven.',
      }),
      update(-78, 'in_progress', 25, 'green', {
        comment: 'Exchange visit held in Leuven with 11 participants.',
      }),
      update(-52, 'on_hold', 25, 'amber', {
        comment:
          'On hold: the Flemish platform is being reorganised and has no contact person until the new team is in place.',
        nextSteps: 'Resume once the new contact person is named.',
        blockers: 'Reorganisation of the Flemish platform',
      }),
    ],
    comments: [
      {
        by: 'viameca',
        day: -50,
        body: 'Viaméca can carry on with the comparison of instruments on the French side in the meantime.',
      },
    ],
  },
  {
    code: 'S2-07',
    title:
      'Align the Centro economic-development priorities with the joint roadmap',
    description:
      "Link the Centro region's innovation hub on sustainable materials, products and processes with the joint roadmap, with the Centro Regional Coordination and Development Commission. Tooling and plastics companies of Centro are matched with the roadmap's priorities.",
    phase: 'implementation',
    lead: 'pool-net',
    contributors: ['plastipolis', 'cep'],
    regions: ['PT16', 'FRK', 'ES51'],
    start: -130,
    due: 150,
    milestones: [
      milestone(
        'Workshop with the Centro Regional Coordination and Development Commission',
        -70,
        -66,
      ),
      milestone('Centro priorities mapped to the roadmap themes', 30),
    ],
    updates: [
      update(-125, 'in_progress', 10, 'green', {
        nextSteps: 'Agree the workshop date with the Commission.',
      }),
      update(-66, 'in_progress', 25, 'green', {
        comment:
          'Workshop held; the Commission shared the priorities of its innovation hub on sustainable materials.',
      }),
      update(-9, 'in_progress', 40, 'green', {
        nextSteps:
          'Finish mapping the Centro priorities against the eight roadmap themes.',
      }),
    ],
  },

  // Stream 3: interregional joint roadmap on Industry 4.0 (B.2, activity 3; A.2)
  {
    code: 'S3-01',
    title:
      'Joint roadmap on Industry 4.0: shared technical and industrial priorities',
    description:
      'Define upstream the technical and industrial priorities shared by the regions and a joint approach to developing opportunities that support the implementation of the regional S3. The roadmap is the backbone of the joint action plan.',
    phase: 'preparation',
    lead: 'plastipolis',
    contributors: ALL_BUT('plastipolis'),
    regions: PARTNER_REGIONS,
    start: -210,
    due: -155,
    milestones: [
      milestone('Draft roadmap circulated', -180, -178),
      milestone(
        'Roadmap approved by the steering committee with the joint action plan',
        -150,
        -150,
      ),
    ],
    updates: [
      update(-205, 'in_progress', 10, 'green', {
        nextSteps:
          'Turn the eight common themes of S2-04 into roadmap chapters.',
      }),
      update(-178, 'in_progress', 50, 'green', {
        comment: 'Draft roadmap circulated to all partners.',
      }),
      update(-163, 'in_progress', 80, 'amber', {
        comment:
          'Comments from four partners are still missing; the approval meeting is kept.',
        nextSteps: 'Remind the four partners; consolidate the comments.',
      }),
      update(-151, 'completed', 100, 'green', {
        comment:
          'Final roadmap sent to the steering committee for adoption with the joint action plan.',
      }),
    ],
  },
  {
    code: 'S3-02',
    title: 'Joint roadmap on additive manufacturing and 3D printing',
    description:
      'Detail the roadmap chapter on the industrialisation of additive manufacturing, in line with the Vanguard Initiative pilot on 3D printing and the RIS3CAT community on Fabricació Additiva. It identifies the pilot lines and test facilities the regions can share.',
    phase: 'implementation',
    lead: 'flanders-make',
    contributors: ['afil', 'cep', 'pool-net', 'viameca', 'eurecat'],
    regions: ['BE2', 'ITC4', 'ES51', 'PT16', 'FRK'],
    start: -145,
    due: 110,
    milestones: [
      milestone('Inventory of additive manufacturing pilot lines', -60, -55),
      milestone('Draft chapter reviewed by the partners', 25),
      milestone('Chapter published', 100),
    ],
    indicators: [
      indicator('Pilot lines inventoried', 'pilot lines', 0, 20, 17),
    ],
    updates: [
      update(-140, 'in_progress', 10, 'green', {
        nextSteps: 'Send the pilot-line questionnaire to the partners.',
      }),
      update(-100, 'in_progress', 25, 'green', {
        nextSteps: 'Visit the pilot lines of Eurecat and AFIL members.',
      }),
      update(-55, 'in_progress', 40, 'green', {
        comment: 'The inventory covers 17 pilot lines in six regions.',
        nextSteps: 'Draft the chapter.',
      }),
      update(-13, 'in_progress', 50, 'amber', {
        comment:
          'The review of the draft slipped: two partners asked for more time to consult their members.',
        nextSteps:
          'Hold the review as a working session instead of written comments.',
        blockers: 'Late contributions from two partners',
      }),
    ],
    comments: [
      {
        by: 'cep',
        day: -12,
        body: "CEP will send its members' input on materials for 3D printing by the end of next week.",
      },
    ],
  },
  {
    code: 'S3-03',
    title: 'Production upscaling of composites and new materials',
    description:
      'Write the roadmap chapter on scaling up the production of composites and other new materials with the plastics and tooling clusters of the partnership. The common needs of transformers and raw-material manufacturers are collected in each region.',
    phase: 'implementation',
    lead: 'cep',
    contributors: ['plastipolis', 'pool-net', 'eurecat'],
    regions: ['ES51', 'FRK', 'PT16'],
    start: -120,
    due: 180,
    milestones: [
      milestone('Survey of composite transformers in three regions', -40, -37),
      milestone('Needs analysis workshop', 45),
    ],
    updates: [
      update(-115, 'in_progress', 10, 'green', {
        nextSteps: 'Prepare the survey with Plastipolis and Pool-Net.',
      }),
      update(-37, 'in_progress', 30, 'green', {
        comment: '64 companies answered the survey.',
      }),
      update(-6, 'in_progress', 35, 'green', {
        nextSteps: 'Prepare the needs analysis workshop with Plastipolis.',
      }),
    ],
  },
  {
    code: 'S3-04',
    title:
      'Hybrid processes and process combination: printing, moulding, stamping, laser',
    description:
      'Prepare joint demonstration cases on hybrid processes and the combination of processes (printing, moulding, stamping, laser, surface treatments) for smart product design and production. The cases combine the equipment of technical centres in several regions.',
    phase: 'implementation',
    lead: 'viameca',
    contributors: ['plastipolis', 'minalogic', 'pool-net'],
    regions: ['FRK', 'PT16'],
    start: -130,
    due: 90,
    milestones: [
      milestone('Three candidate demonstration cases selected', -70, -66),
      milestone('Data-sharing agreement between the technical centres', -20),
      milestone('First demonstration run', 70),
    ],
    updates: [
      update(-126, 'in_progress', 10, 'green', {
        nextSteps: 'Collect candidate demonstration cases from the partners.',
      }),
      update(-66, 'in_progress', 25, 'green', {
        comment:
          'Three cases selected: overmoulded electronics, laser-textured moulds and stamped hybrid parts.',
        nextSteps:
          'Draft the data-sharing agreement between the technical centres.',
      }),
      update(-35, 'in_progress', 30, 'amber', {
        comment:
          'Two technical centres disagree on the intellectual-property clause of the data-sharing agreement.',
        blockers: 'Intellectual-property clause of the data-sharing agreement',
      }),
      update(-8, 'in_progress', 30, 'red', {
        comment:
          'The data-sharing agreement is still not signed; the first demonstration run cannot be prepared without it.',
        nextSteps:
          'Escalate to the steering committee and propose a simpler model agreement.',
        blockers: 'Intellectual-property clause of the data-sharing agreement',
      }),
    ],
    comments: [
      {
        by: 'pool-net',
        day: -7,
        body: 'Pool-Net used a simple data-sharing agreement in Materialix; we can share it.',
      },
    ],
  },
  {
    code: 'S3-05',
    title:
      'Cyber-physical production systems: smart sensors for machine and process monitoring',
    description:
      'Write the roadmap chapter on cyber-physical production systems: sensors, data acquisition and analysis for machine and process monitoring. microTEC Südwest brings its responsibility for smart sensors and actuators in the Baden-Württemberg Industrie 4.0 initiative.',
    phase: 'implementation',
    lead: 'microtec-sudwest',
    contributors: ['minalogic', 'afil', 'flanders-make'],
    regions: ['DE1', 'FRK', 'ITC4', 'BE2'],
    start: -140,
    due: 120,
    milestones: [
      milestone('Technology survey of sensor suppliers', -80, -82),
      milestone('Catalogue of SME use cases', -10, -14),
      milestone('Chapter reviewed by the partners', 50),
    ],
    indicators: [indicator('SME use cases collected', 'use cases', 0, 30, 26)],
    updates: [
      update(-136, 'in_progress', 10, 'green', {
        nextSteps: 'Launch the technology survey among sensor suppliers.',
      }),
      update(-82, 'in_progress', 30, 'green', {
        comment: 'Survey answered by 41 suppliers in four regions.',
      }),
      update(-40, 'in_progress', 45, 'green', {
        nextSteps: 'Collect SME use cases with AFIL and Flanders Make.',
      }),
      update(-14, 'in_progress', 55, 'green', {
        comment: 'Use-case catalogue finished with 26 SME cases.',
        nextSteps: 'Circulate the chapter for review.',
      }),
    ],
  },
  {
    code: 'S3-06',
    title:
      'Industrial analytics, big data and machine learning for manufacturing SMEs',
    description:
      'Write the roadmap chapter on industrial analytics, big data, machine learning and artificial intelligence, and design an offer that helps manufacturing SMEs start with their own data. The ICT clusters of Catalonia, Baden-Württemberg and Cluj bring software providers.',
    phase: 'implementation',
    lead: 'eurecat',
    contributors: ['cluster-digital-de-catalunya', 'cluj-it-cluster', 'bwcon'],
    regions: ['ES51', 'RO11', 'DE1'],
    start: -135,
    due: 150,
    milestones: [
      milestone('Expert group formed', -110, -108),
      milestone('Pilot offer for SMEs designed', 20),
      milestone('Three SME pilots started', 120),
    ],
    updates: [
      update(-130, 'in_progress', 10, 'green', {
        nextSteps: 'Invite experts from the three ICT clusters.',
      }),
      update(-108, 'in_progress', 20, 'green', {
        comment: 'Expert group formed with nine members.',
      }),
      update(-60, 'in_progress', 35, 'green', {
        nextSteps: 'Draft the chapter outline with the expert group.',
      }),
      update(-19, 'in_progress', 45, 'green', {
        nextSteps:
          'Finalise the pilot offer with Clúster Digital de Catalunya.',
      }),
    ],
    comments: [
      {
        by: 'cluj-it-cluster',
        day: -45,
        body: 'Cluj IT Cluster has four software companies ready to join the SME pilots.',
      },
    ],
  },
  {
    code: 'S3-07',
    title: 'Cyber-security for manufacturing SMEs',
    description:
      'Prepare a joint awareness and self-assessment programme on data security, cyber-security and cloud security for manufacturing SMEs. The ICT clusters pool their experts and materials in four languages.',
    phase: 'implementation',
    lead: 'cluster-digital-de-catalunya',
    contributors: ['bwcon', 'cluj-it-cluster', 'minalogic'],
    regions: ['ES51', 'DE1', 'RO11', 'FRK'],
    start: -140,
    due: -5,
    milestones: [
      milestone(
        'Self-assessment questionnaire translated into four languages',
        -60,
        -57,
      ),
      milestone('Awareness webinars held in four regions', -5),
    ],
    indicators: [
      indicator('SMEs reached', 'SMEs', 0, 200, 85),
      indicator('Webinars held', 'webinars', 0, 4, 1),
    ],
    updates: [
      update(-136, 'in_progress', 10, 'green', {
        nextSteps: 'Collect the existing awareness materials of the clusters.',
      }),
      update(-95, 'in_progress', 25, 'green', {
        nextSteps: 'Translate the self-assessment questionnaire.',
      }),
      update(-57, 'in_progress', 35, 'amber', {
        comment:
          'Questionnaire translated, but two webinar dates could not be fixed yet.',
        nextSteps: 'Fix the German and French webinar dates.',
      }),
      update(-11, 'in_progress', 40, 'red', {
        comment:
          "Only one of the four webinars held: the cluster's cyber-security expert left and has not been replaced.",
        nextSteps:
          'Ask bwcon and Minalogic to run the German and French webinars.',
        blockers: 'No cyber-security expert available in the cluster',
      }),
    ],
    comments: [
      {
        by: 'bwcon',
        day: -10,
        body: 'bwcon can run the German webinar with one of its member companies.',
      },
    ],
  },
  {
    code: 'S3-08',
    title: 'Human-machine interfaces (VR/AR) and collaborative robotics',
    description:
      'Prepare the roadmap chapter on future human-machine interaction: virtual and augmented reality interfaces and advanced, collaborative and mobile robotics. It starts once the first chapters of the roadmap have been reviewed.',
    phase: 'implementation',
    lead: 'minalogic',
    contributors: ['viameca', 'flanders-make', 'afil'],
    regions: ['FRK', 'BE2', 'ITC4'],
    start: 20,
    due: 200,
    milestones: [
      milestone('Kick-off meeting', 20),
      milestone('Chapter drafted', 150),
    ],
    updates: [
      update(-15, 'planned', 0, 'green', {
        comment:
          'Start confirmed for next month; Flanders Make and Viaméca are naming their experts.',
        nextSteps: 'Send the kick-off invitation.',
      }),
    ],
  },
  {
    code: 'S3-09',
    title:
      'New business models: servitisation, product-service optimisation and circular economy',
    description:
      'Write the roadmap chapter on new business models for growing markets: servitisation and customisation, product-service optimisation, production capacities based on the internet of things and the circular economy. bwcon coordinates the business model theme in Allianz Industrie 4.0.',
    phase: 'implementation',
    lead: 'bwcon',
    contributors: ['afil', 'pool-net', 'plastipolis'],
    regions: ['DE1', 'ITC4', 'PT16'],
    start: -130,
    due: 60,
    milestones: [
      milestone('Business model workshops with SMEs', -70, -72),
      milestone('Chapter drafted', 50),
    ],
    updates: [
      update(-125, 'in_progress', 10, 'green', {
        nextSteps: 'Plan two business model workshops with SMEs.',
      }),
      update(-72, 'in_progress', 20, 'green', {
        comment: 'Two workshops held with 23 SMEs.',
      }),
      update(-64, 'on_hold', 20, 'amber', {
        comment:
          'On hold until the chapters on additive manufacturing and sensors are reviewed, so that the business models build on them.',
        nextSteps: 'Resume after the review of S3-02.',
        blockers: 'Depends on the chapters S3-02 and S3-05',
      }),
    ],
  },

  // Stream 4: strategic innovation schemes and regional policies (B.2, activity 4)
  {
    code: 'S4-01',
    title: 'Coordinated funding mix for transregional Industry 4.0 projects',
    description:
      'Map the regional, national and European funding instruments of each region and align them so that transregional Industry 4.0 projects can be co-funded. The map covers Interreg, Horizon Europe, Digital Europe, ERDF, the Single Market Programme and InvestEU.',
    phase: 'implementation',
    lead: 'plastipolis',
    contributors: ['afil', 'bwcon', 'eurecat', 'flanders-make'],
    regions: ['FRK', 'DE1', 'ES51', 'ITC4', 'BE2'],
    start: -145,
    due: 120,
    milestones: [
      milestone('Funding instruments of the partner regions mapped', -60, -50),
      milestone('Alignment proposal sent to the managing authorities', 30),
      milestone('Aligned calls announced', 110),
    ],
    indicators: [
      indicator('Managing authorities consulted', 'authorities', 0, 7, 5),
    ],
    updates: [
      update(-140, 'in_progress', 10, 'green', {
        nextSteps: 'Ask each partner for the instruments open in its region.',
      }),
      update(-90, 'in_progress', 25, 'green', {
        comment: 'Instruments of five regions collected.',
        nextSteps: 'Collect the instruments of Flanders and Centro.',
      }),
      update(-50, 'in_progress', 35, 'green', {
        comment:
          'The map of funding instruments is complete for the seven regions.',
        nextSteps: 'Draft the alignment proposal.',
      }),
      update(-4, 'in_progress', 40, 'amber', {
        comment:
          'Two managing authorities have not answered on the draft alignment proposal, and the timing of the ERDF programme amendments is uncertain.',
        nextSteps:
          'Ask the regional authorities to raise the proposal at the next Four Motors meeting.',
        blockers: 'No answer from two managing authorities',
      }),
    ],
  },
  {
    code: 'S4-02',
    title:
      'Vanguard Initiative ESM and 3D-printing pilots: connect the 4M4IoF demonstrators',
    description:
      "Connect the partnership's demonstration projects with the Vanguard Initiative pilots on Efficient and Sustainable Manufacturing (ESM) and on 3D printing, for which AFIL is Lombardy's technical referent. This also links the partnership to the S3 Platform on Industrial Modernisation.",
    phase: 'implementation',
    lead: 'afil',
    contributors: [
      'eurecat',
      'flanders-make',
      'microtec-sudwest',
      'plastipolis',
    ],
    regions: ['ITC4', 'ES51', 'BE2', 'DE1', 'FRK'],
    start: -140,
    due: 160,
    milestones: [
      milestone('4M4IoF presented at the ESM pilot meeting', -100, -101),
      milestone('Demonstration cases registered in the ESM pilot', -15, -17),
      milestone('Joint demonstrator plan with the 3D-printing pilot', 90),
    ],
    updates: [
      update(-138, 'in_progress', 10, 'green', {
        nextSteps: 'Ask for a slot at the next ESM pilot meeting.',
      }),
      update(-101, 'in_progress', 25, 'green', {
        comment:
          'Presented at the ESM pilot meeting; the pilot invited case proposals.',
      }),
      update(-17, 'in_progress', 50, 'green', {
        comment: 'Four demonstration cases registered in the ESM pilot.',
        nextSteps:
          'Prepare the joint demonstrator plan with the 3D-printing pilot.',
      }),
    ],
  },
  {
    code: 'S4-03',
    title:
      'Open the Digital Innovation Hubs, technology centres and infrastructures of each region to the others',
    description:
      'Set up an interregional network of the Digital Innovation Hubs and technology centres of the partner regions, so that an SME of one region can use the infrastructures of another. AFIL brings its experience as an I4MS Regional Manufacturing Digital Innovation Hub.',
    phase: 'implementation',
    lead: 'afil',
    contributors: ['eurecat', 'minalogic', 'cluj-it-cluster'],
    regions: ['ITC4', 'ES51', 'FRK', 'RO11'],
    start: -120,
    due: 140,
    milestones: [
      milestone('Directory of hubs and infrastructures', -40, -45),
      milestone('Access voucher scheme proposed', 60),
    ],
    updates: [
      update(-118, 'in_progress', 10, 'green', {
        nextSteps: 'Collect the service offers of the hubs.',
      }),
      update(-45, 'in_progress', 25, 'green', {
        comment: 'The directory lists 23 hubs and technology centres.',
        nextSteps: 'Draft the access voucher scheme with Eurecat.',
      }),
    ],
  },
  {
    code: 'S4-04',
    title:
      'Transregional learning factories and joint training for new industrial job profiles',
    description:
      'Set up joint training actions for the new industrial job profiles of Industry 4.0 and connect the learning factories of the partner regions into a transregional initiative. Trainers and trainees move between learning factories in Flanders, Lombardy, Baden-Württemberg, Auvergne-Rhône-Alpes and Centro.',
    phase: 'implementation',
    lead: 'flanders-make',
    contributors: ['afil', 'bwcon', 'pool-net', 'viameca'],
    regions: ['BE2', 'ITC4', 'DE1', 'PT16', 'FRK'],
    start: -125,
    due: 200,
    milestones: [
      milestone('Learning factories of the partner regions listed', -80, -77),
      milestone('First exchange of trainers', -3, -2),
      milestone('Joint training module on operator support', 90),
    ],
    indicators: [indicator('Trainers exchanged', 'trainers', 0, 12, 3)],
    updates: [
      update(-120, 'in_progress', 10, 'green', {
        nextSteps: 'List the learning factories of the partner regions.',
      }),
      update(-77, 'in_progress', 20, 'green', {
        comment: 'Nine learning factories listed in five regions.',
      }),
      update(-2, 'in_progress', 35, 'green', {
        comment: 'First exchange of three trainers between Lommel and Milan.',
        nextSteps: 'Design the joint training module on operator support.',
      }),
    ],
  },
  {
    code: 'S4-05',
    title:
      'Business plan and ERDF investment proposal for a shared pilot line on hybrid processes',
    description:
      'Prepare the business plan of a pilot line on hybrid plastics processes shared by the clusters of Auvergne-Rhône-Alpes, Catalonia and Centro, and the interregional ERDF investment proposal that funds it. It builds on the demonstration cases of S3-04.',
    phase: 'investment',
    lead: 'plastipolis',
    contributors: ['viameca', 'pool-net', 'cep'],
    regions: ['FRK', 'PT16', 'ES51'],
    start: -40,
    due: 240,
    milestones: [
      milestone('Investment needs of the technical centres collected', 15),
      milestone('Business plan drafted', 120),
      milestone('ERDF investment proposal submitted', 230),
    ],
    updates: [
      update(-38, 'in_progress', 5, 'green', {
        nextSteps: 'Collect the investment needs of the technical centres.',
      }),
      update(-10, 'in_progress', 15, 'green', {
        nextSteps:
          'Check the interregional investment options of the ERDF programmes with the managing authorities.',
      }),
    ],
  },
  {
    code: 'S4-06',
    title: 'Co-investment pipeline with InvestEU and the regional funds',
    description:
      "Build a pipeline of investment and co-investment cases for the start-ups and scale-ups of the partner networks, drawing on bwcon's CyberOne business plan competition and arena42 accelerator, InvestEU and the regional investment funds.",
    phase: 'investment',
    lead: 'bwcon',
    contributors: ['microtec-sudwest', 'cluj-it-cluster'],
    regions: ['DE1', 'RO11'],
    start: 30,
    due: 300,
    created: -20,
    milestones: [
      milestone('Investor round table', 60),
      milestone('Pipeline of ten investment cases', 280),
    ],
    updates: [],
  },

  // Stream 5: common project tools (B.2, activity 5; B.3, toolbox)
  {
    code: 'S5-01',
    title: 'Dedicated 4M4IoF brokerage through Watify',
    description:
      'Run a dedicated 4M4IoF brokerage through the Watify support services, so that SMEs of the partner regions find partners for digital transformation projects. Cluj IT Cluster brings its experience of the BBS ICT Network and the Digital SMEs Alliance.',
    phase: 'implementation',
    lead: 'cluj-it-cluster',
    contributors: ['plastipolis', 'microtec-sudwest'],
    regions: ['RO11', 'FRK', 'DE1'],
    start: -140,
    due: -25,
    milestones: [
      milestone('Brokerage profile and rules agreed', -100, -96),
      milestone('First brokerage round', -25),
    ],
    updates: [
      update(-135, 'in_progress', 10, 'green', {
        nextSteps: 'Draft the brokerage profile and rules.',
      }),
      update(-96, 'in_progress', 30, 'green', {
        comment: 'Brokerage profile and rules agreed by the partners.',
      }),
      update(-47, 'on_hold', 30, 'amber', {
        comment:
          'On hold: the Watify support service no longer accepts new brokerage applications. The partners are looking at a brokerage on the Enterprise Europe Network platform instead.',
        nextSteps:
          'Decide at the next steering committee whether to move the brokerage to the EEN platform.',
        blockers: 'Watify applications closed',
      }),
    ],
  },
  {
    code: 'S5-02',
    title: 'Matchmaking at Hannover Messe: joint 4M4IoF stand and B2B meetings',
    description:
      'Bring SMEs of the partner regions to Hannover Messe on a joint 4M4IoF stand and organise B2B meetings with the Enterprise Europe Network.',
    phase: 'implementation',
    lead: 'microtec-sudwest',
    contributors: ['bwcon', 'plastipolis', 'flanders-make', 'afil'],
    regions: ['DE1', 'FRK', 'BE2', 'ITC4'],
    start: -120,
    due: 50,
    milestones: [
      milestone('Joint stand booked', -90, -93),
      milestone('Exhibiting SMEs confirmed', 10),
      milestone('B2B meetings held at the fair', 45),
    ],
    indicators: [
      indicator('SMEs on the joint stand', 'SMEs', 0, 20, 14),
      indicator('B2B meetings', 'meetings', 0, 120, null),
    ],
    updates: [
      update(-118, 'in_progress', 10, 'green', {
        nextSteps: 'Book the joint stand with the fair organiser.',
      }),
      update(-93, 'in_progress', 30, 'green', {
        comment: 'Joint stand of 120 m² booked in the Digital Factory hall.',
      }),
      update(-55, 'in_progress', 45, 'green', {
        nextSteps: 'Recruit exhibiting SMEs through every partner.',
      }),
      update(-3, 'in_progress', 60, 'green', {
        comment: '14 SMEs confirmed on the joint stand.',
        nextSteps: 'Publish the B2B meeting profiles on the EEN platform.',
      }),
    ],
    comments: [
      {
        by: 'afil',
        day: -30,
        body: 'AFIL brings three Lombardy SMEs to the joint stand.',
      },
    ],
  },
  {
    code: 'S5-03',
    title: 'EEN brokerage event at the IoT Solutions World Congress, Barcelona',
    description:
      'Hold a 4M4IoF session and B2B meetings at the Enterprise Europe Network brokerage event of the IoT Solutions World Congress in Barcelona.',
    phase: 'implementation',
    lead: 'cluster-digital-de-catalunya',
    contributors: ['eurecat', 'cluj-it-cluster', 'bwcon'],
    regions: ['ES51', 'RO11', 'DE1'],
    start: -140,
    due: -60,
    milestones: [
      milestone('Brokerage profiles published', -90, -92),
      milestone('Brokerage event held', -65, -65),
    ],
    indicators: [indicator('B2B meetings held', 'meetings', 0, 60, 74)],
    updates: [
      update(-138, 'in_progress', 10, 'green', {
        nextSteps: 'Register the 4M4IoF session with the congress.',
      }),
      update(-92, 'in_progress', 40, 'green', {
        comment: 'Brokerage profiles published; 52 companies registered.',
      }),
      update(-64, 'in_progress', 90, 'green', {
        comment:
          '74 B2B meetings held, 31 of them with companies from other partner regions.',
        nextSteps: 'Send the follow-up survey to the participants.',
      }),
      update(-58, 'completed', 100, 'green', {
        comment:
          'Follow-up survey done; the report is shared with the partners.',
      }),
    ],
  },
  {
    code: 'S5-04',
    title:
      '4M4IoF workshop at the European Week of Regions and Cities (Open Days)',
    description:
      'Propose a workshop on interregional Industry 4.0 cooperation at the Open Days in Brussels, with the regional authorities of the Four Motors.',
    phase: 'implementation',
    lead: 'bwcon',
    contributors: ['plastipolis', 'afil'],
    regions: ['DE1', 'FRK', 'ITC4'],
    start: -140,
    due: -40,
    milestones: [
      milestone('Workshop proposal submitted', -120, -122),
      milestone('Workshop held', -40),
    ],
    updates: [
      update(-130, 'in_progress', 15, 'green', {
        nextSteps:
          'Submit the workshop proposal with the Four Motors authorities.',
      }),
      update(-80, 'cancelled', 15, 'green', {
        comment:
          'Cancelled: the organisers did not select the workshop proposal. The presentation moves to the annual forum (S1-05).',
      }),
    ],
  },
  {
    code: 'S5-05',
    title:
      'Joint Interreg proposals building on Care4Tech, Bifocalps and Smart Space',
    description:
      'Prepare joint Interreg proposals (Alpine Space, Euro-MED, Sudoe, Central Europe) that extend the results of Care4Tech, Bifocalps, Smart Space and GREENOMED to the whole partnership.',
    phase: 'implementation',
    lead: 'viameca',
    contributors: ['afil', 'bwcon', 'plastipolis', 'microtec-sudwest'],
    regions: ['FRK', 'ITC4', 'DE1'],
    start: -140,
    due: 120,
    milestones: [
      milestone('Project ideas shortlisted', -95, -95),
      milestone('First proposal submitted (Interreg Alpine Space)', -30, -31),
      milestone('Second proposal submitted (Interreg Euro-MED)', 40),
    ],
    indicators: [indicator('Joint proposals submitted', 'proposals', 0, 3, 1)],
    updates: [
      update(-138, 'in_progress', 10, 'green', {
        nextSteps: 'Collect project ideas from the partners.',
      }),
      update(-95, 'in_progress', 30, 'green', {
        comment: 'Five project ideas shortlisted.',
      }),
      update(-29, 'in_progress', 55, 'green', {
        comment:
          'Alpine Space proposal submitted with AFIL, bwcon and microTEC Südwest.',
        nextSteps: 'Build the consortium of the Euro-MED proposal.',
      }),
    ],
  },
  {
    code: 'S5-06',
    title: 'Horizon Europe and Digital Europe proposals from 4M4IoF consortia',
    description:
      "Turn the joint roadmap's priorities into Horizon Europe and Digital Europe proposals with partners from several regions, aligned with the regional S3 strategies and the European Digital Innovation Hubs.",
    phase: 'investment',
    lead: 'eurecat',
    contributors: ['minalogic', 'flanders-make', 'afil', 'microtec-sudwest'],
    regions: ['ES51', 'FRK', 'BE2', 'ITC4', 'DE1'],
    start: -60,
    due: 210,
    milestones: [
      milestone('Call topics matched to the roadmap themes', -30, -28),
      milestone('Consortium of the first proposal formed', 30),
      milestone('First proposal submitted', 120),
    ],
    updates: [
      update(-58, 'in_progress', 5, 'green', {
        nextSteps:
          'Screen the work programmes for topics matching the roadmap.',
      }),
      update(-28, 'in_progress', 20, 'green', {
        comment: 'Seven call topics matched to the roadmap themes.',
        nextSteps: 'Form the consortium of the first proposal.',
      }),
    ],
  },
  {
    code: 'S5-07',
    title:
      '4M4IoF sessions at the CEP conferences on composites and 3D printing',
    description:
      'Hold 4M4IoF sessions at CEP Composites and at the congress on materials for 3D printing in Barcelona, presenting the joint roadmap and the possibilities of Industry 4.0 technologies to plastics and composites SMEs.',
    phase: 'implementation',
    lead: 'cep',
    contributors: ['plastipolis', 'pool-net', 'eurecat'],
    regions: ['ES51', 'FRK', 'PT16'],
    start: -135,
    due: -40,
    milestones: [
      milestone('Session at CEP Composites', -90, -90),
      milestone(
        'Session at the congress on materials for 3D printing',
        -45,
        -46,
      ),
    ],
    indicators: [indicator('SMEs reached', 'SMEs', 0, 100, 132)],
    updates: [
      update(-130, 'in_progress', 10, 'green', {
        nextSteps: 'Agree the speakers of both sessions.',
      }),
      update(-90, 'in_progress', 50, 'green', {
        comment: 'Session at CEP Composites held with 58 SMEs.',
      }),
      update(-44, 'completed', 100, 'green', {
        comment: 'Second session held; 132 SMEs reached over both conferences.',
      }),
    ],
  },
  {
    code: 'S5-08',
    title: 'Give a 4M dimension to running European projects and networks',
    description:
      "Use the partners' running projects and networks (GREENOMED, BeinCPPs, Materialix, InSSIght, Silicon Europe, the Vanguard Initiative and the Manufuture and EPoSS platforms) to disseminate the partnership's results and invite their members to 4M4IoF activities.",
    phase: 'implementation',
    lead: 'pool-net',
    contributors: ['plastipolis', 'afil', 'minalogic', 'microtec-sudwest'],
    regions: ['PT16', 'FRK', 'ITC4', 'DE1'],
    start: -130,
    due: 170,
    milestones: [
      milestone('Dissemination kit for project coordinators', -50, -48),
      milestone('4M4IoF presented at five project or network meetings', 120),
    ],
    updates: [
      update(-125, 'in_progress', 10, 'green', {
        nextSteps: 'List the running projects and networks of the partners.',
      }),
      update(-48, 'in_progress', 20, 'green', {
        comment: 'Dissemination kit sent to the coordinators of six projects.',
      }),
      update(-22, 'in_progress', 30, 'green', {
        comment:
          '4M4IoF presented at the Manufuture and Silicon Europe meetings.',
      }),
    ],
  },
];
