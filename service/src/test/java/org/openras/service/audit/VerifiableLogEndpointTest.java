package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.openras.service.audit.merkle.Ed25519Keys;
import org.openras.service.audit.merkle.Rfc9162;
import org.openras.service.audit.merkle.SignedNote;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The verifiable log over HTTP (docs/adr/0009): an assessor's calculation gets a proof that the
 * test's own RFC 9162 accepts against a checkpoint signed by the configured key; an auditor takes a
 * checkpoint on demand; verify reports the checkpoints it checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifiableLogEndpointTest {
  @LocalServerPort int port;
  @Autowired CheckpointSettings settings;

  JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  @Test
  void aCalculationsProofVerifiesAgainstTheSignedCheckpoint() throws Exception {
    Http assessor = new Http(port, "assessor");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(json(assessor.postJson(Seeds.first())).get("calculationId").asString());
    }

    JsonNode proof = json(assessor.get("/api/v1/calculations/" + ids.get(2) + "/proof"));

    long size = proof.get("treeSize").asLong();
    assertThat(size).isGreaterThanOrEqualTo(5);
    String note = proof.get("checkpoint").asString();
    var key = Ed25519Keys.readPublic(settings.publicKey());
    String text = SignedNote.open(note, settings.origin(), key);
    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo(settings.origin());
    assertThat(Long.parseLong(lines[1])).isEqualTo(size);
    byte[] root = Base64.getDecoder().decode(lines[2]);
    assertThat(HexFormat.of().formatHex(root)).isEqualTo(proof.get("rootHash").asString());
    List<byte[]> path = new ArrayList<>();
    proof.get("auditPath").forEach(h -> path.add(HexFormat.of().parseHex(h.asString())));
    byte[] leaf = Rfc9162.sha(0, HexFormat.of().parseHex(proof.get("recordHash").asString()));
    assertThat(Rfc9162.verifyInclusion(proof.get("sequence").asLong() - 1, size, leaf, path, root))
        .isTrue();
    JsonNode record = json(assessor.get("/api/v1/calculations/" + ids.get(2)));
    assertThat(proof.get("recordHash").asString()).isEqualTo(record.get("hash").asString());
  }

  @Test
  void anAuditorTakesACheckpointOnDemandAndVerifyChecksIt() {
    Http auditor = new Http(port, "auditor");
    json(new Http(port, "assessor").postJson(Seeds.first()));

    JsonNode checkpoint = json(auditor.postEmpty("/api/v1/audit/checkpoints"));

    long size = checkpoint.get("treeSize").asLong();
    assertThat(checkpoint.get("file").asString()).isEqualTo(CheckpointFolder.fileName(size));
    assertThat(checkpoint.get("note").asString()).startsWith(settings.origin() + "\n" + size);
    JsonNode verify = json(auditor.get("/api/v1/audit/verify"));
    assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
    assertThat(verify.get("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(verify.get("checkpointedSize").asLong()).isGreaterThanOrEqualTo(size);
  }

  @Test
  void anUnknownCalculationHasNoProof() {
    var response =
        new Http(port, "auditor")
            .get("/api/v1/calculations/00000000-0000-0000-0000-000000000000/proof");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("urn:openras:problem:calculation-not-found");
  }
}
