package org.w3id.agora.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * What a test compares before and after a request that must change nothing: the number of
 * quads and a SHA-256 of the store's content (every quad in N-Quads, sorted).
 */
public record StoreProbe(long quads, String sha256) {

	public static StoreProbe of(DatasetGraph dataset) {
		return Txn.calculateRead(dataset, () -> {
			List<String> lines = dataset.stream().map(StoreProbe::line).sorted().toList();
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				lines.forEach((line) -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
				return new StoreProbe(lines.size(), HexFormat.of().formatHex(digest.digest()));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static String line(Quad quad) {
		return NodeFmtLib.str(quad);
	}

}
