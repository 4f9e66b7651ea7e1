import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';

/** One log line when the api begins to stop, naming the signal, so an operator sees a stop was asked for. */
@Injectable()
export class ShutdownLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(`jiangcheng API shutting down${signal ? ` on ${signal}` : ''}`);
  }
}
