// Oracle for ConfluentJsClientOracleIT: Confluent's official JS Schema Registry client serializes
// the values Java sent and decodes the frames Java wrote, so the two implementations can be
// compared byte for byte.
//
// stdin:  {"registryUrl": "...", "cases": [{"topic": "...", "value": <json>, "javaFrameHex": "..."}]}
// stdout: {"results": [{"jsFrameHex": "...", "decodedJava": <json>}]}
// Bytes travel as {"$bytes": "<hex>"} in both directions; unions are plain values or null.
'use strict';

const {
  SchemaRegistryClient,
  SerdeType,
  AvroSerializer,
  AvroDeserializer,
} = require('@confluentinc/schemaregistry');

function fromJson(value) {
  if (Array.isArray(value)) {
    return value.map(fromJson);
  }
  if (value !== null && typeof value === 'object') {
    if (Object.keys(value).length === 1 && typeof value.$bytes === 'string') {
      return Buffer.from(value.$bytes, 'hex');
    }
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = fromJson(inner);
    }
    return out;
  }
  return value;
}

function toJson(value) {
  if (Buffer.isBuffer(value)) {
    return { $bytes: value.toString('hex') };
  }
  if (Array.isArray(value)) {
    return value.map(toJson);
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = toJson(inner);
    }
    return out;
  }
  return value;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function main() {
  const request = await readStdin();
  const client = new SchemaRegistryClient({ baseURLs: [request.registryUrl] });
  // Pinned to the subject's latest version (registered by Java): never let the client infer and
  // register a schema of its own.
  const serializer = new AvroSerializer(client, SerdeType.VALUE, {
    autoRegisterSchemas: false,
    useLatestVersion: true,
  });
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
  const results = [];
  for (const testCase of request.cases) {
    const frame = await serializer.serialize(testCase.topic, fromJson(testCase.value));
    const decoded = await deserializer.deserialize(
      testCase.topic,
      Buffer.from(testCase.javaFrameHex, 'hex'),
    );
    results.push({ jsFrameHex: frame.toString('hex'), decodedJava: toJson(decoded) });
  }
  process.stdout.write(JSON.stringify({ results }));
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
