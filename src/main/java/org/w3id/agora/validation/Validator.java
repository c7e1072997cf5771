package org.w3id.agora.validation;

import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.w3id.agora.store.GraphNames;

/**
 * Validates data against the shapes catalogue. The data graph is the data together with
 * the store's vocabularies, so that a link to a concept can be checked against its
 * scheme.
 */
@Component
public class Validator {

	private final ShapesCatalogue catalogue;

	private final DatasetGraph dataset;

	private final GraphNames graphs;

	public Validator(ShapesCatalogue catalogue, DatasetGraph dataset, GraphNames graphs) {
		this.catalogue = catalogue;
		this.dataset = dataset;
		this.graphs = graphs;
	}

	/**
	 * Validates only {@code focusNodes}, each against the shapes that target it, in
	 * {@code data} as it is (e.g. the store's union graph inside a write transaction):
	 * the cost follows the number of nodes, not the size of the data.
	 */
	public ValidationReport validateNodes(Graph data, Collection<Node> focusNodes) {
		ValidationReport.Builder report = ValidationReport.create();
		ShaclValidator validator = ShaclValidator.get();
		for (Node node : focusNodes) {
			validator.validate(this.catalogue.shapes(), data, node).getEntries().forEach(report::addReportEntry);
		}
		return report.build();
	}

	public ShapesCatalogue catalogue() {
		return this.catalogue;
	}

	public ValidationReport validate(Graph data) {
		return Txn.calculateRead(this.dataset, () -> {
			Graph vocabularies = this.dataset.getGraph(this.graphs.ontology());
			return ShaclValidator.get().validate(this.catalogue.shapes(), new Union(data, vocabularies));
		});
	}

}
