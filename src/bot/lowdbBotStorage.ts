/** Bot state (dialog stacks, conversation facts) as a botbuilder Storage on the embedded store. */
import type { Storage, StoreItems } from 'botbuilder';
import type { DocumentStore } from '../shop/ports.ts';

export class DocumentBotStorage implements Storage {
  constructor(private readonly documents: DocumentStore) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.documents.read(keys) as Promise<StoreItems>;
  }

  write(changes: StoreItems): Promise<void> {
    return this.documents.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.documents.delete(keys);
  }
}
