// Streams that keep what the CLI writes, so tests can run commands in-process and read their output.
import { Writable } from 'node:stream';

export class CollectedOutput extends Writable {
  private readonly chunks: string[] = [];

  constructor(readonly isTTY = false) {
    super();
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    done();
  }

  text(): string {
    return this.chunks.join('');
  }
}
