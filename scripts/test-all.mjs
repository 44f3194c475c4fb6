// Runs every test suite (unit, real VS Code, browser UI) and prints the totals over all of them as
// one line `N passed, N failed`. Each suite is a mocha run whose summary lines are read from its output.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};

/** Runs a command, echoing its output, and resolves to its exit code and what it printed. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function mochaCounts(output) {
  const count = (word) =>
    [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((sum, m) => sum + Number(m[1]), 0);
  return { passed: count('passing'), failed: count('failing'), pending: count('pending') };
}

const totals = { passed: 0, failed: 0, pending: 0 };
const summary = [];

async function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { code } = await run(command, args);
  if (code !== 0) {
    summary.push(`${name}: failed (exit ${code})`);
    totals.failed += 1;
    return false;
  }
  return true;
}

async function suite(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { code, output } = await run(command, args);
  const counts = mochaCounts(output);
  // A suite that fails without reporting a failing test (a crash, a timeout) counts as one failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.pending += counts.pending;
  summary.push(`${name}: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} pending` : ''}`);
}

if (await step('build', 'npm', ['run', 'build'])) {
  if (existsSync('scripts/ensure-render-tools.sh')) await step('system tools', 'bash', ['scripts/ensure-render-tools.sh']);
  if (existsSync('scripts/vscode/install.mjs')) await step('VS Code for tests', process.execPath, ['scripts/vscode/install.mjs']);
  await suite('unit', 'npx', ['mocha']);
  if (scripts['test:vscode']) await suite('VS Code', 'npm', ['run', 'test:vscode']);
  if (scripts['test:ui']) await suite('browser UI', 'npm', ['run', 'test:ui']);
}

console.log('\n=== totals');
for (const line of summary) console.log(line);
const skipped = totals.pending ? `, ${totals.pending} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
