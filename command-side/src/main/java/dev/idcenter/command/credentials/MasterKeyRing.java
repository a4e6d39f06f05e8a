package dev.idcenter.command.credentials;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's master keys, by key id. Secrets of access keys are derived from them ({@code HMAC(masterKey[keyId],
 * accessKeyId)}), so no secret is ever stored: the server recomputes one when it verifies a signature. Rotation adds
 * a key id and makes it current; older ids stay for the keys derived from them.
 */
public final class MasterKeyRing {

    private final Map<String, byte[]> keys;
    private final String currentKeyId;

    private MasterKeyRing(Map<String, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the master key ring is empty");
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = keys.keySet().stream().reduce((first, second) -> second).orElseThrow();
    }

    /** Parses {@code id:base64} entries, separated by commas or lines ({@code #} starts a comment line); the last is current. */
    public static MasterKeyRing parse(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        List<String> entries = spec.lines()
                .map(String::trim)
                .filter(line -> !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .toList();
        for (String trimmed : entries) {
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("a master key entry must look like keyId:base64Key");
            }
            byte[] key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (key.length < 32) {
                throw new IllegalArgumentException("master key " + trimmed.substring(0, colon) + " is shorter than 256 bits");
            }
            keys.put(trimmed.substring(0, colon), key);
        }
        return new MasterKeyRing(keys);
    }

    /** Reads the ring from {@code file}, creating it (mode 0600) with one fresh key when it does not exist. */
    public static MasterKeyRing loadOrCreate(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                createPrivateDirectory(file.toAbsolutePath().getParent());
                Path created = Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(created, "# Master keys of this identity center. Keep secret, back up, never edit an existing line.\n"
                        + "k1:" + Base64.getEncoder().encodeToString(key) + "\n");
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                // A key others can read (a copy from a repository, a careless backup) protects nothing.
                throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " is readable by "
                        + "other users (" + PosixFilePermissions.toString(permissions) + "): make it 0600 "
                        + "(chmod 600) if it is yours, or delete it to generate a new one");
            }
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    /** Creates the data directory with mode 0700 when it does not exist; an existing one is left as it is. */
    static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public boolean has(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The secret access key of {@code accessKeyId}, derived under master key {@code keyId}. */
    public String deriveSecret(String keyId, String accessKeyId) {
        // 30 bytes are 40 base64 characters, the length of an AWS secret access key.
        return Base64.getEncoder().encodeToString(Arrays.copyOf(derive(keyId, "secret-access-key/v1/" + accessKeyId), 30));
    }

    /**
     * 32 bytes derived under master key {@code keyId} for one purpose ({@code HMAC-SHA256(masterKey, "idc/" +
     * label)}): each use (access key secrets, session token sealing keys, MFA seeds, ...) names its own label, so no
     * two uses ever share key material. Take a prefix when fewer bytes are needed.
     */
    public byte[] derive(String keyId, String label) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("unknown master key id " + keyId);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("idc/" + label).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKeyRing" + keys.keySet() + " current=" + currentKeyId;
    }
}
