import { createServer } from 'node:http';

// The limit the API's HTTP layer is compared with: a plain Node server answering a
// JSON body of the size asked for (`/?bytes=N`), with nothing behind it.
const bodies = new Map<number, Buffer>();
const bodyOf = (bytes: number) => {
  let body = bodies.get(bytes);
  if (!body) {
    body = Buffer.from(
      `{"pad":"${'x'.repeat(Math.max(0, bytes - 10))}"}`.slice(0, bytes),
    );
    bodies.set(bytes, body);
  }
  return body;
};

const port = Number(process.env['PORT']);
createServer((request, response) => {
  const bytes = Number(
    new URL(request.url ?? '/', 'http://localhost').searchParams.get('bytes'),
  );
  const body = bodyOf(Number.isInteger(bytes) && bytes > 0 ? bytes : 2);
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(body);
}).listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
