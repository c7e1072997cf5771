package org.w3id.agora.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokensFile the file of token hashes; created by {@code token create}, reread
 * when it changes
 */
@ConfigurationProperties("agora.security")
public record SecurityProperties(@DefaultValue("data/tokens") Path tokensFile) {
}
