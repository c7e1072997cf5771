package org.w3id.agora.contributions;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the guarded write path.
 *
 * @param maxBodySize the largest request body a write accepts (413 beyond)
 * @param maxLiteralLength the longest literal accepted in written data, in characters
 * @param timeLimit the longest a write (update, validation included) may hold the store's
 * single writer before it is cancelled
 * @param changesDirectory where the RDF Patch of every committed write is appended, one
 * numbered file each
 * @param validation whether writes are validated: {@code false} only to measure the cost
 * of the guard, never in service
 */
@ConfigurationProperties("agora.writes")
public record WritesProperties(@DefaultValue("16MB") DataSize maxBodySize, @DefaultValue("65536") int maxLiteralLength,
		@DefaultValue("30s") Duration timeLimit, @DefaultValue("data/changes") Path changesDirectory,
		@DefaultValue("true") boolean validation) {
}
