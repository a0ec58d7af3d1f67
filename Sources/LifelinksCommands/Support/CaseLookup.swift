import LifelinksModel
import LifelinksStore

extension Store {
    /// The case's network, or a failure that names the unknown reference.
    func requireNetwork(_ reference: String) throws -> CaseNetwork {
        guard let network = try network(reference) else {
            throw CommandFailure("There is no case \(reference). List the cases with: lifelinks cases")
        }
        return network
    }
}
