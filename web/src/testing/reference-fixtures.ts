// Realistic API responses, built from the reference data of the concept note
// (the same constants the API seeds from), for component tests.
import {
  EFFRA_DOMAINS,
  EffraDomainView,
  FUNDING_INSTRUMENTS,
  FundingInstrumentView,
  HealthView,
  INITIATIVES,
  InitiativeView,
  LoginResponse,
  PARTNERS,
  Page,
  PartnershipView,
  PartnerView,
  PHASES,
  PhaseKey,
  PhaseView,
  REGIONS,
  RegionView,
  STREAMS,
  StreamView,
  UserView,
} from '@ws/domain';

const regionName = (code: string): string => {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) throw new Error(`no region ${code}`);
  return region.name;
};

export function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

export const REGION_VIEWS: RegionView[] = REGIONS.map((r) => ({
  code: r.code,
  name: r.name,
  country: r.country,
  countryName: r.countryName,
  membership: r.membership,
  partners: PARTNERS.filter((p) => p.regionCode === r.code).map((p) => p.slug),
}));

export const PARTNER_VIEWS: PartnerView[] = PARTNERS.map((p) => ({
  slug: p.slug,
  name: p.name,
  fullName: p.fullName,
  region: p.regionCode,
  regionName: regionName(p.regionCode),
  kind: p.kind,
  coordinator: p.coordinator,
  retired: false,
  networkSize: p.networkSize,
  networkSizeNote: p.networkSizeNote,
  smes: p.smes,
  smesNote: p.smesNote,
  thematic: p.thematic,
  effraDomains: [...p.effraDomains],
}));

export function partnerView(slug: string): PartnerView {
  const partner = PARTNER_VIEWS.find((p) => p.slug === slug);
  if (!partner) throw new Error(`no partner ${slug}`);
  return partner;
}

export function phaseViews(current: PhaseKey = 'preparation'): PhaseView[] {
  return PHASES.map((p) => ({ ...p, current: p.key === current }));
}

export const STREAM_VIEWS: StreamView[] = STREAMS.map((s) => ({ ...s }));

export const INITIATIVE_VIEWS: InitiativeView[] = INITIATIVES.map((i) => ({
  slug: i.slug,
  name: i.name,
  region: i.regionCode,
  regionName: regionName(i.regionCode),
  stream: i.stream,
  description: i.description,
}));

export function initiativesOf(region: string): InitiativeView[] {
  return INITIATIVE_VIEWS.filter((i) => i.region === region);
}

export const EFFRA_DOMAIN_VIEWS: EffraDomainView[] = EFFRA_DOMAINS.map((d) => ({
  ...d,
}));

export const FUNDING_INSTRUMENT_VIEWS: FundingInstrumentView[] =
  FUNDING_INSTRUMENTS.map((f) => ({ ...f, successors: [...f.successors] }));

export const PARTNERSHIP_VIEW: PartnershipView = {
  name: '4 Motors 4 Industry of the Future',
  phase: 'preparation',
  planAdoptedAt: null,
  planAdoptedBy: null,
};

export const HEALTH_VIEW: HealthView = {
  status: 'ok',
  database: 'up',
  version: '0.1.0',
  time: '2025-01-15T09:00:00.000Z',
};

export const NOT_FOUND = { status: 404, statusText: 'Not Found' };
export const SERVER_ERROR = {
  status: 500,
  statusText: 'Internal Server Error',
};

export const VIEWER: UserView = {
  id: 2,
  email: 'viewer@4m4iof.example',
  displayName: 'Observer',
  role: 'viewer',
  partner: null,
  partnerName: null,
  active: true,
  lastSignInAt: null,
  createdAt: '2025-01-01T08:00:00.000Z',
};

export const LOGIN_RESPONSE: LoginResponse = {
  accessToken: 'header.payload.signature',
  expiresAt: '2999-01-01T00:00:00.000Z',
  user: VIEWER,
};

export const COORDINATOR: UserView = {
  id: 1,
  email: 'coordinator@4m4iof.example',
  displayName: 'Partnership coordinator',
  role: 'coordinator',
  partner: 'plastipolis',
  partnerName: 'Plastipolis',
  active: true,
  lastSignInAt: '2025-01-15T09:00:00.000Z',
  createdAt: '2025-01-01T08:00:00.000Z',
};

export const POOL_NET_EDITOR: UserView = {
  id: 14,
  email: 'editor.pool-net@4m4iof.example',
  displayName: 'Pool-Net editor',
  role: 'editor',
  partner: 'pool-net',
  partnerName: 'Pool-Net',
  active: true,
  lastSignInAt: '2025-07-01T16:30:00.000Z',
  createdAt: '2025-01-01T08:00:00.000Z',
};

/** A session for the given user, as POST /api/auth/login answers it. */
export function loginAs(user: UserView, accessToken = `token-of-${user.id}`) {
  return { ...LOGIN_RESPONSE, accessToken, user } satisfies LoginResponse;
}

export const BAD_REQUEST = { status: 400, statusText: 'Bad Request' };
export const CONFLICT = { status: 409, statusText: 'Conflict' };
