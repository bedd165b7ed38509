import express, { type Express } from 'express';
import helmet from 'helmet';

export function createServer(isProduction: boolean): Express {
  const app = express();
  app.use(
    helmet({
      // ruleid: js-insecure-helmet-configuration
      contentSecurityPolicy: false,
      // ok: js-insecure-helmet-configuration
      hsts: isProduction ? { maxAge: 63072000, includeSubDomains: true } : false,
    }),
  );
  return app;
}

export function createDashboard(): Express {
  const app = express();
  app.use(
    helmet({
      // ok: js-insecure-helmet-configuration
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'img-src': ["'self'", 'data:'] },
      },
      // ok: js-insecure-helmet-configuration
      crossOriginResourcePolicy: false,
    }),
  );
  return app;
}
