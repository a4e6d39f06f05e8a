package dev.idcenter.command.credentials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyRingTest {

    @TempDir
    Path temp;

    @Test
    void givenNoFile_whenLoaded_thenPrivateDirectoryAndFileAreCreatedAndReadBackIdentically() throws Exception {
        Path file = temp.resolve("data").resolve("master-keys");
        MasterKeyRing first = MasterKeyRing.loadOrCreate(file, new SecureRandom());
        MasterKeyRing second = MasterKeyRing.loadOrCreate(file, new SecureRandom());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.deriveSecret("k1", "AKIAIOSFODNN7EXAMPLE")).isEqualTo(first.deriveSecret("k1", "AKIAIOSFODNN7EXAMPLE"));
    }

    @Test
    void givenKeyFileReadableByOthers_whenLoaded_thenRefusedWithoutPrintingTheKey() throws Exception {
        Path file = temp.resolve("master-keys");
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Files.writeString(file, "k1:" + key + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> MasterKeyRing.loadOrCreate(file, new SecureRandom()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("readable by other users")
                .hasMessageNotContaining(key);
    }

    @Test
    void givenCommentWithCommasAndTwoKeys_whenParsed_thenLastKeyIsCurrentAndSecretsAre40Characters() {
        String k1 = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        MasterKeyRing ring = MasterKeyRing.parse("# keep secret, back up, never edit\nk1:" + k1 + ",k2:"
                + Base64.getEncoder().encodeToString(other));

        assertThat(ring.currentKeyId()).isEqualTo("k2");
        assertThat(ring.deriveSecret("k2", "AKIAIOSFODNN7EXAMPLE")).hasSize(40)
                .isNotEqualTo(ring.deriveSecret("k1", "AKIAIOSFODNN7EXAMPLE"));
        assertThat(ring.toString()).doesNotContain(k1);
    }

    @Test
    void givenShortKey_whenParsed_thenRefused() {
        assertThatThrownBy(() -> MasterKeyRing.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("shorter than 256 bits");
    }
}
