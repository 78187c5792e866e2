import { GoneException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ImportEntry, ImportPreviewView } from '@ws/domain';
import { Clock } from '../common/clock';
import { notFound } from '../common/http/not-found';

/** How long a preview may be applied after it was made. */
export const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

export interface StoredPreview {
  id: string;
  fileName: string;
  createdAt: Date;
  expiresAt: Date;
  /** Whether nothing stops it from being applied */
  applicable: boolean;
  entries: ImportEntry[];
  rows: ImportPreviewView['rows'];
  problems: ImportPreviewView['problems'];
  /** The version of each action an update read, by code: a later edit makes the preview stale */
  versions: Record<string, number>;
}

// Previews live in memory: they are short-lived, and one made before a restart is
// simply gone (404), which is what the coordinator should see.
@Injectable()
export class ImportPreviews {
  private readonly previews = new Map<string, StoredPreview>();

  constructor(private readonly clock: Clock) {}

  keep(
    preview: Omit<StoredPreview, 'id' | 'createdAt' | 'expiresAt'>,
  ): StoredPreview {
    this.forgetExpired();
    const createdAt = this.clock.now();
    const stored = {
      ...preview,
      id: randomUUID(),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + PREVIEW_LIFETIME_MS),
    };
    this.previews.set(stored.id, stored);
    return stored;
  }

  /** The preview, or 404 when unknown and 410 when it has expired. */
  get(id: string): StoredPreview {
    const preview = this.previews.get(id);
    if (!preview) throw notFound('Import preview', id);
    if (preview.expiresAt <= this.clock.now()) {
      this.previews.delete(id);
      throw new GoneException(
        `The import preview ${id} has expired; upload the file again`,
      );
    }
    return preview;
  }

  forget(id: string): void {
    this.previews.delete(id);
  }

  private forgetExpired(): void {
    const now = this.clock.now();
    for (const [id, preview] of this.previews)
      if (preview.expiresAt <= now) this.previews.delete(id);
  }
}
