package dev.idcenter.command.credentials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryAccessKeyIdsTest {

    @Test
    void givenAccount_whenTemporaryKeyIdMade_thenAsiaTwentyCharactersCarryingTheAccount() {
        // IAM-2: ASIA temporary key ids, 20 characters.
        for (String account : new String[] {"111122223333", "000000000001", "999999999999"}) {
            String id = TemporaryAccessKeyIds.newId(account);

            assertThat(id).startsWith("ASIA").hasSize(20).matches("[A-Z2-7]+");
            assertThat(TemporaryAccessKeyIds.accountOf(id)).contains(account);
        }
    }

    @Test
    void givenAwsDocumentedKeyId_whenDecoded_thenItsAccount() {
        // The scheme AWS uses for its own key ids: the account is readable from the id.
        assertThat(TemporaryAccessKeyIds.accountOf("ASIAY34FZKBOKMUTVV7A")).contains("609629065308");
    }

    @Test
    void givenMalformedId_whenDecoded_thenEmpty() {
        assertThat(TemporaryAccessKeyIds.accountOf("ASIA")).isEmpty();
        assertThat(TemporaryAccessKeyIds.accountOf("ASIA1111111111111111")).isEmpty();
    }

    @Test
    void givenManyIds_whenMade_thenAllDistinct() {
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TemporaryAccessKeyIds.newId("111122223333"));
        }
        assertThat(ids).hasSize(10_000);
    }
}
