package io.chainexplorer.enricher.contracts;

import java.util.Set;

/**
 * Well-known factory events that name the contract they just deployed, trusted only from the
 * factories that emit them on Ethereum mainnet (anyone can emit an event with the same topic0).
 */
final class FactoryEvents {

  /** Uniswap V2 {@code PairCreated(address indexed,address indexed,address pair,uint256)}. */
  static final String PAIR_CREATED =
      "0x0d3648bd0f6ba80134a33ba9275ac585d9d315f0ad8355cddefde31afa28d0e9";

  /**
   * Uniswap V3 {@code PoolCreated(address indexed,address indexed,uint24 indexed,int24,address)}.
   */
  static final String POOL_CREATED =
      "0x783cca1c0412dd0d695e784568c96da2e9c22ff989357a2e8b1d9b2b4e6b7118";

  /** Uniswap V2 factory, mainnet. */
  static final String UNISWAP_V2_FACTORY = "0x5c69bee701ef814a2b6a3edd4b1652cb9cc5aa6f";

  /** Uniswap V3 factory, mainnet. */
  static final String UNISWAP_V3_FACTORY = "0x1f98431c8ad98523631ae4a59f267346ea31f984";

  static final Set<String> TRUSTED_FACTORIES = Set.of(UNISWAP_V2_FACTORY, UNISWAP_V3_FACTORY);

  private FactoryEvents() {}
}
