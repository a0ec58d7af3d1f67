import LifelinksCommands

Lifelinks.main()
