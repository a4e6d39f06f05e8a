package dev.idcenter.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event revision that has landed has a golden JSON file, {@code /golden/<SimpleName>-<revision>.json}. Stored
 * events must stay readable forever: a change to a record that alters its JSON fails here, and the fix is a new
 * revision with an upcaster, not an edited golden file.
 */
public final class GoldenJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private GoldenJson() {
    }

    /** The golden file reads back as {@code event}, and {@code event} writes exactly the golden file. */
    public static void assertMatchesGolden(Object event) {
        String revision = event.getClass().getAnnotation(Revision.class).value();
        String file = "/golden/" + event.getClass().getSimpleName() + "-" + revision + ".json";
        try (InputStream in = GoldenJson.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            var golden = MAPPER.readTree(in);
            assertThat((Object) MAPPER.treeToValue(golden, event.getClass())).isEqualTo(event);
            assertThat((Object) MAPPER.valueToTree(event)).isEqualTo(golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
