package org.w3id.agora.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param shapes where the shapes files are read from (a Spring resource pattern); tests
 * point it at shapes of their own
 */
@ConfigurationProperties("agora.validation")
public record ValidationProperties(@DefaultValue(ShapesCatalogue.LOCATION) String shapes) {
}
