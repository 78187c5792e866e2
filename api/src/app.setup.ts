import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { createValidationPipe } from './common/http/validation';
import { APP_VERSION } from './version';

export const API_PREFIX = 'api';
export const BODY_LIMIT = '1mb';

// Everything an HTTP client meets, shared by the server and the API tests.
export function configureApp(app: NestExpressApplication): INestApplication {
  app.setGlobalPrefix(API_PREFIX);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular's and Swagger UI's styles are partly inline; scripts never are.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
          // Served over plain http on a LAN or loopback as often as behind TLS.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('4M4IoF Roadmap API')
      .setDescription(
        'Joint roadmap and action plan of the 4 Motors 4 Industry of the Future partnership. ' +
          'Errors are JSON {statusCode, message, ...}; collections answer {items, total, page, pageSize}.',
      )
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  return app;
}
