package org.openras.service.audit;

import java.util.HexFormat;

/**
 * A signed checkpoint as the API gives it.
 *
 * @param treeSize how many records it covers
 * @param rootHash the Merkle root of those records (hex)
 * @param file its file name in the checkpoint folder
 * @param note the checkpoint as written: a C2SP signed note
 */
public record CheckpointView(long treeSize, String rootHash, String file, String note) {

  static CheckpointView of(CheckpointFolder.Stored stored) {
    return new CheckpointView(
        stored.size(),
        HexFormat.of().formatHex(LogProofs.text(stored.note()).root()),
        stored.file(),
        stored.note());
  }
}
