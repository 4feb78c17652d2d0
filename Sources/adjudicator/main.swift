import AdjudicatorCLI

AdjudicatorCommand.main()
