#!/usr/bin/env node
// Initial JavaScript per route, gzipped, from Vite's build manifest: the entry
// chunk plus each route's lazy chunks, with everything they import statically.
// Fails the build when a route exceeds its budget (issue 6: public ≤ 150 KB,
// signed-in app ≤ 350 KB).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const KB = 1024;
// The signed-in shell and its strings (loaded together, see src/router.tsx) come before any signed-in screen.
const APP = ['src/shell/ProtectedApp.tsx', 'src/i18n/locales/vi.app.json'];
const routes = [
  { route: '/public/consultations', modules: ['src/public/ConsultationListPage.tsx'], budget: 150 * KB },
  { route: '/public/consultations/:id', modules: ['src/public/ConsultationPage.tsx'], budget: 150 * KB },
  { route: '/public/consultations/:id/submitted/:receipt', modules: ['src/public/ReceiptPage.tsx'], budget: 150 * KB },
  { route: '/public/feedback/:receipt', modules: ['src/public/FeedbackLookupPage.tsx'], budget: 150 * KB },
  {
    route: '/public/consultations/:id/synthesis',
    modules: ['src/public/PublicSynthesisPage.tsx'],
    budget: 150 * KB,
  },
  { route: '/login', modules: ['src/auth/LoginPage.tsx'], budget: 350 * KB },
  {
    route: '/ (dashboard, charts)',
    modules: [...APP, 'src/pages/DashboardPage.tsx', 'src/features/dashboard/PlanDashboard.tsx'],
    budget: 350 * KB,
  },
  { route: '/plans', modules: [...APP, 'src/features/plans/PlansPage.tsx'], budget: 350 * KB },
  {
    route: '/plans/:id (timeline)',
    modules: [...APP, 'src/features/plans/PlanPage.tsx', 'src/features/plans/PlanOverview.tsx'],
    budget: 350 * KB,
  },
  {
    route: '/plans/:id/tasks',
    modules: [...APP, 'src/features/plans/PlanPage.tsx', 'src/features/tasks/TaskListPage.tsx'],
    budget: 350 * KB,
  },
  { route: '/tasks/:id', modules: [...APP, 'src/features/tasks/TaskPage.tsx'], budget: 350 * KB },
  { route: '/my-work', modules: [...APP, 'src/features/my-work/MyWorkPage.tsx'], budget: 350 * KB },
  {
    route: '/feedback/:id (queue)',
    modules: [...APP, 'src/features/moderation/ModerationPage.tsx', 'src/features/moderation/QueuePage.tsx'],
    budget: 350 * KB,
  },
  { route: '/meetings/new', modules: [...APP, 'src/features/meetings/MeetingPage.tsx'], budget: 350 * KB },
  { route: '/documents/:id', modules: [...APP, 'src/features/documents/DocumentPage.tsx'], budget: 350 * KB },
  {
    route: '/plans/:id/edit',
    modules: [...APP, 'src/features/plans/PlanPage.tsx', 'src/features/plan-edit/PlanEditPage.tsx'],
    budget: 350 * KB,
  },
  { route: '/account', modules: [...APP, 'src/features/account/AccountPage.tsx'], budget: 350 * KB },
  {
    route: '/admin/users',
    modules: [...APP, 'src/features/admin/AdminPage.tsx', 'src/features/admin/UsersPage.tsx'],
    budget: 350 * KB,
  },
];

const gzCache = new Map();
function gz(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzCache.get(file);
}

function collect(key, files) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in manifest: ${key}`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) collect(dep, files);
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entryFiles = new Set();
collect(entryKey, entryFiles);
const entryBytes = [...entryFiles].reduce((n, f) => n + gz(f), 0);

const rows = [];
let failed = false;
for (const { route, modules, budget } of routes) {
  const files = new Set(entryFiles);
  for (const m of modules) collect(m, files);
  const bytes = [...files].reduce((n, f) => n + gz(f), 0);
  const ok = bytes <= budget;
  failed ||= !ok;
  rows.push({ route, gzip_kb: +(bytes / KB).toFixed(1), budget_kb: budget / KB, ok, chunks: files.size });
}

console.log(`\nInitial JS per route (gzip -9), entry alone ${(entryBytes / KB).toFixed(1)} KB:`);
for (const r of rows) {
  console.log(
    `  ${r.ok ? 'ok  ' : 'OVER'} ${r.route.padEnd(46)} ${String(r.gzip_kb).padStart(7)} KB / ${r.budget_kb} KB  (${r.chunks} chunks)`,
  );
}
writeFileSync(
  join(dist, 'bundle-sizes.json'),
  JSON.stringify({ entry_kb: +(entryBytes / KB).toFixed(1), routes: rows }, null, 2),
);
if (failed) {
  console.error('\nA route is over its initial-JS budget.');
  process.exit(1);
}
