'use strict';
/**
 * Start telegram-test-api behind its compatibility layer on 127.0.0.1.
 *
 *   node server.js [port]     (port 0 or none: any free port)
 *
 * Prints one JSON line {"event": "listening", "port": N} when ready. Stops on SIGTERM or SIGINT,
 * and when its standard input closes, so it never outlives the test run that started it.
 */

const http = require('http');
const TelegramServer = require('telegram-test-api');
const { compatApp } = require('./compat');

const HOST = '127.0.0.1';
const STORE_SECONDS = 3600;

function main() {
  const requestedPort = Number(process.argv[2] || 0);
  // The emulator's own listener is never started: its express app is mounted behind the layer.
  const emulator = new TelegramServer({ host: HOST, port: requestedPort, storeTimeout: STORE_SECONDS });
  const server = http.createServer(compatApp(emulator));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    // Long polls and keep-alive connections would hold close() open.
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();

  server.listen(requestedPort, HOST, () => {
    process.stdout.write(`${JSON.stringify({ event: 'listening', port: server.address().port })}\n`);
  });
}

main();
