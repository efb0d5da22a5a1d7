'use strict';
/**
 * Start telegram-test-api behind its compatibility layer on 127.0.0.1.
 *
 *   node server.js [port]     (port 0 or none: any free port)
 *
 * Prints one JSON line {"event": "listening", "port": N} when ready. Stops on SIGTERM or SIGINT,
 * and when its standard input closes, so it never outlives the test run that started it.
 *
 * An outage (POST /compat/outage {seconds}) closes the listener and drops every open connection,
 * so a bot sees refused connections, then listens again on the same port: the process and what
 * the emulator stored live on, as Telegram's servers do while the network between is down.
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
  let stopping = false;
  let down = false;
  let port = requestedPort;

  const outage = (seconds) => {
    if (stopping || down) return;
    down = true;
    process.stderr.write(`outage: listener closed for ${seconds} s\n`);
    server.close();
    server.closeAllConnections();
    setTimeout(() => {
      if (stopping) return;
      server.listen(port, HOST, () => {
        down = false;
        process.stderr.write(`outage over: listening again on ${port}\n`);
      });
    }, seconds * 1000);
  };
  const server = http.createServer(compatApp(emulator, { outage }));
  server.on('error', (error) => {
    // The port is taken: at start, or by someone else during an outage. Say so and stop.
    process.stderr.write(`listener error: ${error.message}\n`);
    process.exit(1);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Called back at once with an error when the listener is already closed (an outage).
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
    port = server.address().port;
    process.stdout.write(`${JSON.stringify({ event: 'listening', port })}\n`);
  });
}

main();
