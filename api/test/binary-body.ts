/** A supertest parser that keeps a binary body (PDF, XLSX) as a Buffer. */
export const binaryParser = (
  res: NodeJS.ReadableStream,
  callback: (error: Error, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () =>
    callback(null as unknown as Error, Buffer.concat(chunks)),
  );
};
