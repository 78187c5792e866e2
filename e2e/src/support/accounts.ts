import { expect, type APIRequestContext } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from './environment';

export const COORDINATOR_EMAIL = 'coordinator@4m4iof.example';

export interface AccountSeed {
  email: string;
  displayName: string;
  role: 'coordinator' | 'editor' | 'viewer';
  partner?: string;
  password: string;
}

/** An e-mail address no other test uses: the tests share one server. */
export function uniqueEmail(name: string): string {
  return `${name}.${randomUUID().slice(0, 8)}@e2e.example`;
}

async function tokenOf(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<string> {
  const response = await request.post('/api/auth/login', {
    data: { email, password },
  });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Creates an account through the API, as the seeded coordinator. */
export async function createAccount(
  request: APIRequestContext,
  account: AccountSeed,
): Promise<{ id: number }> {
  const token = await tokenOf(request, COORDINATOR_EMAIL, DEMO_PASSWORD);
  const response = await request.post('/api/users', {
    data: account,
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number };
}
