import { ConsoleLogger } from '@nestjs/common';

// Nest's start-up chatter (one line per module and route) hides the lines that matter.
const STARTUP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export class QuietStartupLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && STARTUP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
