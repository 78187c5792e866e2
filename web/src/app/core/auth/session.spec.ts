import { TestBed } from '@angular/core/testing';
import { LOGIN_RESPONSE } from '../../../testing/reference-fixtures';
import { Session } from './session';

describe('Session', () => {
  beforeEach(() => localStorage.clear());

  it('survives a reload', () => {
    TestBed.inject(Session).start(LOGIN_RESPONSE);
    TestBed.resetTestingModule();
    expect(TestBed.inject(Session).user()?.email).toBe('viewer@4m4iof.example');
  });

  it('ignores a damaged stored session', () => {
    localStorage.setItem('4m4iof.session', '{not json');
    expect(TestBed.inject(Session).user()).toBeNull();
  });
});
