import express, { type Request, type Response } from 'express';

type Permissions = Record<string, Record<string, boolean>>;

const router = express.Router();
const permissions: Permissions = { editor: { publish: false }, viewer: { comment: true } };
const profiles: Record<string, Record<string, unknown>> = {};
const ROLES = new Set(['editor', 'viewer']);

router.put('/roles/:role/permissions', (req: Request, res: Response) => {
  const role = req.params.role as string;
  const updates = req.body as Record<string, boolean>;
  for (const permission of Object.keys(updates)) {
    // ruleid: js-prototype-polluting-assignment
    permissions[role][permission] = Boolean(updates[permission]);
  }
  res.json(permissions[role]);
});

router.patch('/profiles/:userId', (req: Request<{ userId: string }>, res: Response) => {
  const { field, value } = req.body as { field: string; value: unknown };
  profiles[req.params.userId] ??= {};
  // ruleid: js-prototype-polluting-assignment
  profiles[req.params.userId][field] = value;
  res.sendStatus(204);
});

router.put('/roles/:role/grant', (req: Request, res: Response) => {
  const role = String(req.params.role);
  if (!ROLES.has(role)) {
    res.status(404).json({ error: 'no such role' });
    return;
  }
  // ok: js-prototype-polluting-assignment
  permissions[role][String(req.body.permission)] = true;
  res.json(permissions[role]);
});

router.patch('/profiles/:userId/safe', (req: Request<{ userId: string }>, res: Response) => {
  const { field, value } = req.body as { field: string; value: unknown };
  if (!Object.hasOwn(profiles, req.params.userId)) {
    res.sendStatus(404);
    return;
  }
  // ok: js-prototype-polluting-assignment
  profiles[req.params.userId][field] = value;
  res.sendStatus(204);
});

router.post('/cache', (req: Request, res: Response) => {
  const store: Map<string, Map<string, string>> = new Map();
  const bucket = store.get(String(req.body.bucket)) ?? new Map<string, string>();
  bucket.set(String(req.body.key), String(req.body.value));
  // ok: js-prototype-polluting-assignment
  profiles[String(req.body.key)] = { cached: true };
  res.sendStatus(201);
});

export default router;
