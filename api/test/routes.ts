import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '../src/auth/policy.decorator';
import type { TestApp } from './test-app';

export interface DiscoveredRoute {
  key: string;
  method: string;
  path: string;
  policy: RoutePolicy | undefined;
}

/** Every route the app's controllers declare, e.g. `PATCH /api/actions/:id`. */
export function discoverRoutes(t: TestApp): DiscoveredRoute[] {
  const reflector = t.app.get(Reflector);
  const routes: DiscoveredRoute[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = metatype.prototype[name];
        const path =
          typeof handler === 'function'
            ? Reflect.getMetadata(PATH_METADATA, handler)
            : undefined;
        const method =
          typeof handler === 'function'
            ? Reflect.getMetadata(METHOD_METADATA, handler)
            : undefined;
        if (path === undefined || method === undefined) continue;
        const fullPath = ['/api', base, path]
          .map((part) => String(part).replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/');
        const verb = RequestMethod[method as RequestMethod];
        routes.push({
          key: `${verb} /${fullPath}`,
          method: verb.toLowerCase(),
          path: `/${fullPath}`,
          policy: reflector.getAllAndOverride(POLICY_KEY, [handler, metatype]),
        });
      }
    }
  }
  return routes;
}
