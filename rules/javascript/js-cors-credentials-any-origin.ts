import cors, { type CorsOptions } from 'cors';
import express from 'express';

const app = express();

const corsOptions: CorsOptions = {
  // ruleid: js-cors-credentials-any-origin
  origin: true,
  credentials: true,
  maxAge: 600,
};
app.use(cors(corsOptions));

const partnerOptions: CorsOptions = {
  // ok: js-cors-credentials-any-origin
  origin: 'https://partner.example.com',
  credentials: true,
};
app.use('/partner', cors(partnerOptions));

// ok: js-cors-credentials-any-origin
app.use('/status', cors({ origin: '*', credentials: false }));

export default app;
