package org.w3id.agora.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store lives.
 *
 * @param directory the TDB2 database directory, created on first start
 */
@ConfigurationProperties("agora.store")
public record StoreProperties(@DefaultValue("data/tdb2") Path directory) {
}
